package dk.samtalebordet.overview;

import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.Conversation;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.Participant;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Read-side overviews: a person's conversations, and a leader's employees with their MUS dates. */
@Service
@Transactional(readOnly = true)
public class ConversationOverviewService {

    private static final Set<ConversationKind> MUS_KINDS = EnumSet.of(ConversationKind.MUS, ConversationKind.GRUS);

    private final ConversationAccess access;
    private final PeopleService people;
    private final ConceptService concepts;
    private final Clock clock;

    ConversationOverviewService(ConversationAccess access, PeopleService people, ConceptService concepts,
                                Clock clock) {
        this.access = access;
        this.people = people;
        this.concepts = concepts;
        this.clock = clock;
    }

    /** The conversations the person takes part in, newest first. */
    public List<ConversationListItem> conversationsOf(long personId) {
        List<Conversation> mine = access.ofParticipant(personId);
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
        Map<Long, Instant> last = access.latestAsEmployee(ids, MUS_KINDS, ConversationStatus.LOCKED);
        Map<Long, Instant> next = access.nextAsEmployee(ids, MUS_KINDS,
                EnumSet.of(ConversationStatus.PLANNED, ConversationStatus.IN_PROGRESS), clock.instant());
        return reports.stream()
                .map(p -> new EmployeeOverview(p, last.get(p.id()), next.get(p.id())))
                .toList();
    }
}
