package dk.samtalebordet.agreement;


import java.time.Instant;

/** An agreement of a locked plan with its current follow-up status, and who set it when. */
public record FollowUpItem(LockedAgreement agreement, long employeeId, String employeeName, FollowUpStatus status,
                           String changedBy, Instant changedAt, boolean overdue) {
}
