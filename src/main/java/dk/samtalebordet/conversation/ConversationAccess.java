package dk.samtalebordet.conversation;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationEvents.StatusChanged;
import dk.samtalebordet.conversation.ConversationException.InvalidInput;
import dk.samtalebordet.conversation.ConversationException.NotEditable;
import dk.samtalebordet.conversation.ConversationException.NotFound;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may read and change a conversation, and the one lock every change takes: the conversation's row lock. Each
 * change of the table, the notes, the agreements, the preparation and the schedule begins here, in its own
 * transaction, so a change and the plan's lock never interleave.
 */
@Service
@Transactional
public class ConversationAccess {

    private final ConversationRepository conversations;
    private final JdbcClient jdbc;
    private final ConceptService concepts;
    private final PeopleService people;
    private final ConversationLists lists;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    ConversationAccess(ConversationRepository conversations, JdbcClient jdbc, ConceptService concepts,
                       PeopleService people, ConversationLists lists, ApplicationEventPublisher events,
                       Clock clock, AuditLog audit) {
        this.audit = audit;
        this.conversations = conversations;
        this.jdbc = jdbc;
        this.concepts = concepts;
        this.people = people;
        this.lists = lists;
        this.events = events;
        this.clock = clock;
    }

    /** Records in the audit log that a participant opened the conversation, its plan or its preparation. */
    public void recordOpened(UUID conversationId, long reader, AuditKind what) {
        audit.recordRead(Audited.of(what, reader).in(conversationId));
    }

    /** The conversation, when, where and with whom, as the given participant sees it. */
    @Transactional(readOnly = true)
    public ConversationDetails details(UUID conversationId, long actor) {
        Conversation c = participantOnly(conversationId, actor);
        ConceptDetails concept = concepts.find(c.getConceptId()).orElseThrow();
        Map<Long, PersonSummary> persons = people.findAll(c.getParticipants().stream()
                .map(Participant::personId).toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<ParticipantView> participants = c.getParticipants().stream()
                .sorted(Comparator.comparing((Participant p) -> p.role() != ParticipantRole.LEADER)
                        .thenComparing(p -> persons.get(p.personId()).fullName()))
                .map(p -> new ParticipantView(p.personId(), persons.get(p.personId()).fullName(),
                        persons.get(p.personId()).initials(), p.role()))
                .toList();
        return new ConversationDetails(c.getId(), c.getKind(), c.getVariant(), c.getForm(), c.getStartsAt(),
                c.getDurationMinutes(), c.getPlace(), c.getVideoLink(), c.getStatus(), concept, participants, actor,
                c.getLockedAt());
    }

    public Conversation conversation(UUID conversationId) {
        return conversations.findById(conversationId).orElseThrow(NotFound::new);
    }

    /** The conversation; refuses anybody who is not a participant as if it did not exist. */
    public Conversation participantOnly(UUID conversationId, long actor) {
        Conversation c = conversation(conversationId);
        if (c.getParticipants().stream().noneMatch(p -> p.personId() == actor)) {
            throw new NotFound();
        }
        return c;
    }

    /**
     * Refuses anybody who is not a participant, as if the conversation did not exist: one look-up by primary key,
     * for what a page reads again when an event names it (the conversation itself is not loaded).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void requireParticipant(UUID conversationId, long viewer) {
        boolean participant = jdbc.sql("select count(*) from conversation_participant "
                        + "where conversation_id = ? and person_id = ?").params(conversationId, viewer)
                .query(Integer.class).single() > 0;
        if (!participant) {
            throw new NotFound();
        }
    }

    /**
     * Takes the conversation's lock for this change until the transaction ends, and refuses unless the person is
     * a participant and the conversation can still change, as its status reads under the lock. Every change
     * begins here (or in {@link #lockForChange}), so a change and the plan's lock never interleave. It is one
     * statement: the conversation and its participants are not loaded (a rule that needs them loads them).
     */
    public Editable editable(UUID conversationId, long actor) {
        LockedRow row = lockRow(conversationId, actor).orElseThrow(NotFound::new);
        if (row.role() == null) {
            throw new NotFound();
        }
        if (row.status() == ConversationStatus.LOCKED || row.status() == ConversationStatus.CANCELLED) {
            throw new NotEditable();
        }
        return new Editable(row.conceptId(), row.role());
    }

    /** What a change sees of the conversation under its lock: the concept its rules come from, the actor's role. */
    public record Editable(long conceptId, ParticipantRole role) {
    }

    /**
     * Takes the conversation's lock for a change with rules of its own (preparation, scheduling), and returns the
     * conversation as it is under the lock; refuses anybody who is not a participant.
     */
    public Conversation lockForChange(UUID conversationId, long actor) {
        lockRow(conversationId, actor).orElseThrow(NotFound::new);
        return participantOnly(conversationId, actor);
    }

    /** Refuses with a clear message unless the person is a participant and the conversation can still change. */
    public void requireEditable(UUID conversationId, long actor) {
        editable(conversationId, actor);
    }

    /** The participant's role; refuses anybody else as if the conversation did not exist. */
    public ParticipantRole roleOf(UUID conversationId, long actor) {
        return role(participantOnly(conversationId, actor), actor);
    }

    /**
     * Locks the conversation: from now on every change is refused, whatever any client sends. Called by the plan
     * when every participant has approved it ({@code by} approved last), inside the same transaction.
     */
    public void lock(UUID conversationId, long by) {
        lockRow(conversationId, by); // the caller holds it already; a lock never comes without it
        Conversation c = conversation(conversationId);
        if (c.getStatus() == ConversationStatus.LOCKED) {
            return;
        }
        c.lock(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        events.publishEvent(new StatusChanged(conversationId, ConversationStatus.LOCKED, by));
        lists.changed(c);
    }

    /** Refuses a perspective that is not one of the conversation's concept. */
    public void requirePerspective(Conversation c, long perspectiveId) {
        requirePerspective(c.getConceptId(), perspectiveId);
    }

    /** Refuses a perspective that is not one of the concept's. */
    public void requirePerspective(long conceptId, long perspectiveId) {
        if (concepts.find(conceptId).orElseThrow().perspectives().stream()
                .noneMatch(p -> p.id() == perspectiveId)) {
            throw new InvalidInput("conversation.error.unknown-perspective");
        }
    }

    /** A person's full name, to tell who else changed or holds something; empty when unknown. */
    public String nameOf(Long personId) {
        return personId == null ? "" : people.findById(personId).map(PersonSummary::fullName).orElse("");
    }

    // ---- for the overviews: no lock, no participant's view ----

    /** The conversations the person takes part in, newest first. */
    @Transactional(readOnly = true)
    public List<Conversation> ofParticipant(long personId) {
        return conversations.findByParticipant(personId);
    }

    /** Per person: the start of their latest conversation of the given kinds and status, as an employee. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> latestAsEmployee(Collection<Long> personIds, Collection<ConversationKind> kinds,
                                               ConversationStatus status) {
        return toMap(conversations.latestAsEmployee(personIds, kinds, status));
    }

    /** Per person: the start of their next conversation of the given kinds and statuses from then, as an employee. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> nextAsEmployee(Collection<Long> personIds, Collection<ConversationKind> kinds,
                                             Collection<ConversationStatus> statuses, Instant from) {
        return toMap(conversations.nextAsEmployee(personIds, kinds, statuses, from));
    }

    /**
     * Takes the conversation's row lock, held until the transaction ends, and reads under it its status, its
     * concept and the person's role in it (null when not a participant): every change to a conversation and its
     * lock are serialised on this one row, so a change either commits before the lock or sees the conversation
     * locked.
     */
    private Optional<LockedRow> lockRow(UUID conversationId, long person) {
        try {
            return jdbc.sql("select c.status, c.concept_id, (select p.role from conversation_participant p "
                            + "where p.conversation_id = c.id and p.person_id = ?) from conversation c "
                            + "where c.id = ? for update")
                    .params(person, conversationId)
                    .query((rs, i) -> new LockedRow(ConversationStatus.valueOf(rs.getString(1)), rs.getLong(2),
                            rs.getString(3) == null ? null : ParticipantRole.valueOf(rs.getString(3))))
                    .optional();
        } catch (PessimisticLockingFailureException waitedTooLong) {
            throw new ConversationException.Busy();
        }
    }

    private record LockedRow(ConversationStatus status, long conceptId, ParticipantRole role) {
    }

    private static ParticipantRole role(Conversation c, long actor) {
        return c.getParticipants().stream().filter(p -> p.personId() == actor).findFirst()
                .map(Participant::role).orElseThrow(NotFound::new);
    }

    private static Map<Long, Instant> toMap(Collection<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Instant) r[1],
                (a, b) -> a, HashMap::new));
    }
}
