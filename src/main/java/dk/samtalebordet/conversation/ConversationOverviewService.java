package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Read-side overviews: a person's conversations, and a leader's employees with their MUS dates. */
@Service
@Transactional(readOnly = true)
public class ConversationOverviewService {

    private static final Set<ConversationKind> MUS_KINDS = EnumSet.of(ConversationKind.MUS, ConversationKind.GRUS);

    private final ConversationRepository conversations;
    private final PeopleService people;
    private final ConceptService concepts;
    private final Clock clock;
    private final JdbcClient jdbc;

    ConversationOverviewService(ConversationRepository conversations, PeopleService people,
                                ConceptService concepts, Clock clock, JdbcClient jdbc) {
        this.conversations = conversations;
        this.people = people;
        this.concepts = concepts;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The conversations the person takes part in, newest first. */
    public List<ConversationListItem> conversationsOf(long personId) {
        List<Conversation> mine = conversations.findByParticipant(personId);
        Set<Long> personIds = new HashSet<>();
        mine.forEach(c -> c.getParticipants().forEach(p -> personIds.add(p.personId())));
        Map<Long, String> names = people.findAll(personIds).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName));
        Map<Long, String> conceptNames = new HashMap<>();
        return mine.stream().map(c -> new ConversationListItem(
                c.getId(), c.getKind(),
                conceptNames.computeIfAbsent(c.getConceptId(),
                        id -> concepts.find(id).map(ConceptDetails::name).orElse("")),
                c.getForm(), c.getStartsAt(), c.getDurationMinutes(), c.getStatus(),
                c.getParticipants().stream().filter(p -> p.personId() == personId).findFirst()
                        .map(Participant::role).orElse(null),
                c.getParticipants().stream().filter(p -> p.personId() != personId)
                        .map(p -> names.getOrDefault(p.personId(), "")).sorted().toList()))
                .toList();
    }

    /** The leader's direct reports, each with their latest held and next planned MUS or GRUS. */
    public List<EmployeeOverview> employeesOf(long leaderId) {
        List<PersonSummary> reports = people.directReports(leaderId);
        if (reports.isEmpty()) {
            return List.of();
        }
        List<Long> ids = reports.stream().map(PersonSummary::id).toList();
        Map<Long, Instant> last = toMap(conversations.latestAsEmployee(ids, MUS_KINDS, ConversationStatus.LOCKED));
        Map<Long, Instant> next = toMap(conversations.nextAsEmployee(ids, MUS_KINDS,
                EnumSet.of(ConversationStatus.PLANNED, ConversationStatus.IN_PROGRESS), clock.instant()));
        return reports.stream()
                .map(p -> new EmployeeOverview(p, last.get(p.id()), next.get(p.id())))
                .toList();
    }

    /**
     * The agreements of the locked plans the person took part in as an employee: in a GRUS, the group's and
     * their own. Newest conversation first.
     */
    public List<LockedAgreement> lockedAgreementsFor(long employeeId) {
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
                        new TableModel.AgreementFields(rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getObject(11, java.time.LocalDate.class), rs.getString(12),
                                rs.getString(13), (Long) rs.getObject(14, Long.class))))
                .list();
    }

    private static Map<Long, Instant> toMap(Collection<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Instant) r[1],
                (a, b) -> a, HashMap::new));
    }

}
