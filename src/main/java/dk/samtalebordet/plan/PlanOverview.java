package dk.samtalebordet.plan;

import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.ParticipantView;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The udviklingsplan's state around its agreements: proposal, approvals, minutes, who writes it, lock. */
public record PlanOverview(UUID conversationId, ConversationStatus status, List<ParticipantView> participants,
                           Instant proposedAt, Long proposedBy, Map<Long, Instant> approvals, String minutes,
                           Long writerId, int agreementCount, long me, boolean iAmLeader, Instant lockedAt) {

    public PlanOverview {
        participants = List.copyOf(participants);
        approvals = Map.copyOf(approvals);
    }

    public boolean proposed() {
        return proposedAt != null;
    }

    public boolean locked() {
        return status == ConversationStatus.LOCKED;
    }

    public boolean approvedByMe() {
        return approvals.containsKey(me);
    }
}
