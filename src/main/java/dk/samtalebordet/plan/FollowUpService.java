package dk.samtalebordet.plan;

import dk.samtalebordet.conversation.ConversationOverviewService;
import dk.samtalebordet.conversation.LockedAgreement;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Following up the agreements of locked plans ("Mine aftaler"). A status is recorded beside the agreement, with
 * who and when, and never touches the locked plan itself.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final ConversationOverviewService conversations;
    private final PeopleService people;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpService(ConversationOverviewService conversations, PeopleService people, JdbcClient jdbc, Clock clock) {
        this.conversations = conversations;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An employee's agreements, for the employee themself or their personaleleder. */
    public List<FollowUpItem> agreementsOf(long employeeId, long readerId) {
        PersonSummary employee = people.findById(employeeId).orElseThrow(() -> new PlanException("plan.error.not-found"));
        if (employeeId != readerId && (employee.managerId() == null || employee.managerId() != readerId)) {
            throw new PlanException("plan.error.not-found");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<FollowUpItem> items = new ArrayList<>();
        for (LockedAgreement a : conversations.lockedAgreementsFor(employeeId)) {
            var latest = jdbc.sql("select status, changed_by, changed_at from agreement_status where agreement_id = ? "
                            + "order by changed_at desc, id desc fetch first 1 rows only").param(a.agreementId())
                    .query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getTimestamp(3)})
                    .optional();
            FollowUpStatus status = latest.map(r -> FollowUpStatus.valueOf((String) r[0]))
                    .orElse(FollowUpStatus.IKKE_STARTET);
            String by = latest.flatMap(r -> people.findById((Long) r[1])).map(PersonSummary::fullName).orElse(null);
            Instant at = latest.map(r -> ((Timestamp) r[2]).toInstant()).orElse(null);
            boolean overdue = status.open() && a.fields().followUpDate() != null
                    && a.fields().followUpDate().isBefore(today);
            items.add(new FollowUpItem(a, employeeId, employee.fullName(), status, by, at, overdue));
        }
        return items;
    }

    /** The agreements of all the leader's employees. */
    public List<FollowUpItem> agreementsOfEmployees(long leaderId) {
        return people.directReports(leaderId).stream()
                .flatMap(p -> agreementsOf(p.id(), leaderId).stream()).toList();
    }

    /** Records a new status for one of the employee's agreements; the plan itself stays as it was locked. */
    @Transactional
    public void setStatus(long employeeId, UUID agreementId, FollowUpStatus status, long actor) {
        boolean concerns = agreementsOf(employeeId, actor).stream()
                .anyMatch(i -> i.agreement().agreementId().equals(agreementId));
        if (!concerns || status == null) {
            throw new PlanException("plan.error.not-found");
        }
        jdbc.sql("insert into agreement_status (agreement_id, status, changed_by, changed_at) values (?, ?, ?, ?)")
                .params(agreementId, status.name(), actor, Timestamp.from(clock.instant())).update();
    }
}
