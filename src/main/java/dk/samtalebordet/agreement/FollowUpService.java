package dk.samtalebordet.agreement;

import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.LookBackChanged;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import org.springframework.context.ApplicationEventPublisher;
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

    private final ConversationAccess access;
    private final AgreementService agreements;
    private final PeopleService people;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FollowUpService(ConversationAccess access, AgreementService agreements, PeopleService people, JdbcClient jdbc,
                    Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.agreements = agreements;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** An employee's agreements, for the employee themself or their personaleleder. */
    public List<FollowUpItem> agreementsOf(long employeeId, long readerId) {
        PersonSummary employee = people.findById(employeeId).orElseThrow(ConversationException.NotFound::new);
        if (employeeId != readerId && (employee.managerId() == null || employee.managerId() != readerId)) {
            throw new ConversationException.NotFound();
        }
        return items(employee);
    }

    private List<FollowUpItem> items(PersonSummary employee) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<FollowUpItem> items = new ArrayList<>();
        for (LockedAgreement a : lockedAgreementsFor(employee.id())) {
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
            items.add(new FollowUpItem(a, employee.id(), employee.fullName(), status, by, at, overdue));
        }
        return items;
    }

    /**
     * The look back (tilbageblik): the agreements of the earlier locked plans of this conversation's employees,
     * with their status. The leader sees every employee's; an employee sees their own.
     */
    public List<FollowUpItem> previousAgreements(UUID conversationId, long viewer) {
        ConversationDetails state = access.details(conversationId, viewer);
        boolean leader = state.iAmLeader();
        return state.participants().stream()
                .filter(p -> p.role() == ParticipantRole.EMPLOYEE && (leader || p.personId() == viewer))
                .flatMap(p -> people.findById(p.personId()).stream())
                .flatMap(p -> items(p).stream())
                .filter(i -> !i.agreement().conversationId().equals(conversationId))
                .toList();
    }

    /**
     * In the conversation, an earlier agreement is marked gennemført or droppet, or videreført: carried into this
     * plan as a new agreement linked to the old one (a follow-up date already passed is left for the new plan to
     * set).
     */
    @Transactional
    public void markPrevious(UUID conversationId, long actor, UUID oldAgreementId, FollowUpStatus outcome) {
        access.requireEditable(conversationId, actor);
        if (outcome != FollowUpStatus.GENNEMFOERT && outcome != FollowUpStatus.DROPPET
                && outcome != FollowUpStatus.VIDEREFOERT) {
            throw new ConversationException.InvalidInput("conversation.error.look-back-outcome");
        }
        FollowUpItem old = previousAgreements(conversationId, actor).stream()
                .filter(i -> i.agreement().agreementId().equals(oldAgreementId)).findFirst()
                .orElseThrow(ConversationException.NotFound::new);
        jdbc.sql("insert into agreement_status (agreement_id, status, changed_by, changed_at) values (?, ?, ?, ?)")
                .params(oldAgreementId, outcome.name(), actor, Timestamp.from(clock.instant())).update();
        if (outcome == FollowUpStatus.VIDEREFOERT) {
            var f = old.agreement().fields();
            LocalDate today = LocalDate.now(clock.withZone(ZONE));
            LocalDate followUp = f.followUpDate() != null && !f.followUpDate().isBefore(today)
                    ? f.followUpDate() : null;
            boolean group = access.details(conversationId, actor).kind() == ConversationKind.GRUS;
            agreements.addAgreement(conversationId, actor, null, new AgreementFields(f.what(), f.who(),
                    f.when(), f.responsible(), followUp, f.followUp(), f.value(), group ? old.employeeId() : null),
                    oldAgreementId);
        }
        events.publishEvent(new LookBackChanged(conversationId));
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
            throw new ConversationException.NotFound();
        }
        jdbc.sql("insert into agreement_status (agreement_id, status, changed_by, changed_at) values (?, ?, ?, ?)")
                .params(agreementId, status.name(), actor, Timestamp.from(clock.instant())).update();
    }

    /**
     * The agreements of the locked plans the person took part in as an employee: in a GRUS, the group's and
     * their own. Newest conversation first.
     */
    private List<LockedAgreement> lockedAgreementsFor(long employeeId) {
        return jdbc.sql("select a.id, c.id, c.kind, c.starts_at, c.locked_at, "
                        + "(select l.person_id from conversation_participant l where l.conversation_id = c.id "
                        + "and l.role = 'LEADER' fetch first 1 rows only), "
                        + "a.what, a.who, a.when_text, a.responsible, a.follow_up_date, a.follow_up, a.value_text, "
                        + "a.for_person_id from agreement a join conversation c on c.id = a.conversation_id "
                        + "join conversation_participant p on p.conversation_id = c.id "
                        + "where c.status = 'LOCKED' and p.person_id = ? and p.role = 'EMPLOYEE' "
                        + "and (a.for_person_id is null or a.for_person_id = ?) "
                        + "order by c.starts_at desc, a.created_at")
                .params(employeeId, employeeId)
                .query((rs, i) -> new LockedAgreement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        ConversationKind.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), rs.getLong(6),
                        new AgreementFields(rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getObject(11, java.time.LocalDate.class), rs.getString(12),
                                rs.getString(13), (Long) rs.getObject(14, Long.class))))
                .list();
    }
}
