package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.Picture;
import dk.samtalebordet.conversation.ConversationException.EditConflict;
import dk.samtalebordet.conversation.ConversationException.FieldBusy;
import dk.samtalebordet.conversation.ConversationException.InvalidInput;
import dk.samtalebordet.conversation.ConversationException.NotAllowed;
import dk.samtalebordet.conversation.ConversationException.NotEditable;
import dk.samtalebordet.conversation.ConversationException.NotFound;
import dk.samtalebordet.conversation.TableModel.AgreementChanged;
import dk.samtalebordet.conversation.TableModel.AgreementFields;
import dk.samtalebordet.conversation.TableModel.AgreementRemoved;
import dk.samtalebordet.conversation.TableModel.AgreementView;
import dk.samtalebordet.conversation.TableModel.ContentChanged;
import dk.samtalebordet.conversation.TableModel.StatusChanged;
import dk.samtalebordet.conversation.TableModel.FocusChanged;
import dk.samtalebordet.conversation.TableModel.NoteChanged;
import dk.samtalebordet.conversation.TableModel.NoteState;
import dk.samtalebordet.conversation.TableModel.ParticipantView;
import dk.samtalebordet.conversation.TableModel.PieceChanged;
import dk.samtalebordet.conversation.TableModel.PieceKind;
import dk.samtalebordet.conversation.TableModel.PlacedPiece;
import dk.samtalebordet.conversation.TableModel.QuestionChanged;
import dk.samtalebordet.conversation.TableModel.QuestionState;
import dk.samtalebordet.conversation.TableModel.TableState;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.shared.DanishDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Owns every change to a conversation's live table and its rules. Each change is checked (the person is a
 * participant, the conversation can still change, the input is valid), stored in its own transaction, and only
 * then published to everybody following the conversation.
 */
@Service
@Transactional
public class LiveTableService {

    private final ConversationRepository conversations;
    private final LiveTableStore store;
    private final ConceptService concepts;
    private final PeopleService people;
    private final PresenceService presence;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ConversationLists lists;

    LiveTableService(ConversationRepository conversations, LiveTableStore store, ConceptService concepts,
                     PeopleService people, PresenceService presence, Clock clock,
                     ApplicationEventPublisher events, ConversationLists lists) {
        this.lists = lists;
        this.conversations = conversations;
        this.store = store;
        this.concepts = concepts;
        this.people = people;
        this.presence = presence;
        this.clock = clock;
        this.events = events;
    }

    /** Everything on the table, as the given participant sees it. */
    @Transactional(readOnly = true)
    public TableState state(UUID conversationId, long actor) {
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
        Map<Long, QuestionState> questions = new LinkedHashMap<>();
        concept.allQuestions().forEach(q -> questions.put(q.id(), QuestionState.initial(q.id())));
        store.questions(conversationId).forEach(q -> questions.put(q.questionId(), q));
        Map<Long, NoteState> notes = new LinkedHashMap<>();
        concept.perspectives().forEach(p -> notes.put(p.id(), NoteState.empty(p.id())));
        store.notes(conversationId).forEach(n -> notes.put(n.perspectiveId(), n));
        return new TableState(c.getId(), c.getKind(), c.getVariant(), c.getForm(), c.getStartsAt(),
                c.getDurationMinutes(), c.getPlace(), c.getVideoLink(), c.getStatus(), concept, participants,
                store.focus(conversationId).orElse(null), Map.copyOf(questions), store.pieces(conversationId),
                Map.copyOf(notes), store.agreements(conversationId), actor, c.getLockedAt());
    }

    // ---- what a page reads again when an event tells it that one thing changed ----

    /** One question as it is now. */
    @Transactional(readOnly = true)
    public QuestionState question(UUID conversationId, long viewer, long questionId) {
        participantOnly(conversationId, viewer);
        return store.question(conversationId, questionId);
    }

    /** A piece as it lies on the table now; empty when it is not on the table. */
    @Transactional(readOnly = true)
    public Optional<PlacedPiece> piece(UUID conversationId, long viewer, PieceKind kind, String key) {
        participantOnly(conversationId, viewer);
        return store.pieces(conversationId).stream().filter(p -> p.kind() == kind && p.key().equals(key))
                .findFirst();
    }

    /** A perspective's shared notes as they are stored now. */
    @Transactional(readOnly = true)
    public NoteState note(UUID conversationId, long viewer, long perspectiveId) {
        participantOnly(conversationId, viewer);
        return store.note(conversationId, perspectiveId).orElse(NoteState.empty(perspectiveId));
    }

    /** An agreement as it is stored now; empty when it was removed. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> agreement(UUID conversationId, long viewer, UUID agreementId) {
        participantOnly(conversationId, viewer);
        return store.agreement(conversationId, agreementId);
    }

    /** Brings a question into focus for everybody; null clears the focus. At most one question is in focus. */
    public void focus(UUID conversationId, long actor, Long questionId) {
        Conversation c = editable(conversationId, actor);
        if (questionId != null) {
            requireQuestion(c, questionId);
        }
        store.setFocus(conversationId, questionId, actor);
        events.publishEvent(new FocusChanged(conversationId, questionId, actor));
    }

    public void setOnTable(UUID conversationId, long actor, long questionId, boolean onTable) {
        Conversation c = editable(conversationId, actor);
        requireQuestion(c, questionId);
        store.setOnTable(conversationId, questionId, onTable);
        publishQuestion(conversationId, questionId);
    }

    public void setDiscussed(UUID conversationId, long actor, long questionId, boolean discussed) {
        Conversation c = editable(conversationId, actor);
        requireQuestion(c, questionId);
        store.setDiscussed(conversationId, questionId, discussed);
        publishQuestion(conversationId, questionId);
    }

    /**
     * The leader gives a question a wording for this workplace; a blank wording returns to the concept's own.
     * The original always stays in the concept.
     */
    public void reword(UUID conversationId, long actor, long questionId, String wording) {
        Conversation c = editable(conversationId, actor);
        if (role(c, actor) != ParticipantRole.LEADER) {
            throw new NotAllowed("conversation.error.only-leader-rewords");
        }
        String original = requireQuestion(c, questionId).text();
        String text = wording == null ? "" : wording.strip();
        InputRules.requireMax(text, TableModel.WORDING_MAX, "conversation.field.wording");
        boolean revert = text.isEmpty() || text.equals(original);
        store.setWording(conversationId, questionId, revert ? null : text, revert ? null : actor);
        publishQuestion(conversationId, questionId);
    }

    /** Lays a stikord or picture piece on the table, or takes it off. Anybody may; everybody sees who placed it. */
    public void setPiece(UUID conversationId, long actor, PieceKind kind, String key, boolean placed) {
        Conversation c = editable(conversationId, actor);
        ConceptDetails concept = concepts.find(c.getConceptId()).orElseThrow();
        boolean known = kind == PieceKind.STIKORD ? concept.stikord().contains(key)
                : concept.pictures().stream().map(Picture::code).anyMatch(key::equals);
        if (!known) {
            throw new InvalidInput("conversation.error.unknown-piece");
        }
        if (placed) {
            if (store.placePiece(conversationId, new PlacedPiece(kind, key, actor, clock.instant()))) {
                contentChanged(conversationId);
            }
            events.publishEvent(new PieceChanged(conversationId, kind, key));
        } else if (store.removePiece(conversationId, kind, key)) {
            contentChanged(conversationId);
            events.publishEvent(new PieceChanged(conversationId, kind, key));
        }
    }

    /**
     * Stores a perspective's shared notes if nobody else changed them since {@code expectedVersion}. A refused
     * save changes nothing stored, and the caller still has their text: nothing is ever silently lost.
     */
    public NoteState saveNote(UUID conversationId, long actor, long perspectiveId, String text,
                              long expectedVersion) {
        Conversation c = editable(conversationId, actor);
        requirePerspective(c, perspectiveId);
        String value = text == null ? "" : text;
        InputRules.requireMax(value, TableModel.NOTE_MAX, "conversation.field.notes");
        requireNotHeld(conversationId, PresenceService.noteField(perspectiveId), actor);
        NoteState saved = store.saveNote(conversationId, perspectiveId, value, expectedVersion, actor,
                clock.instant()).orElseThrow(() -> new EditConflict(nameOf(
                store.note(conversationId, perspectiveId).map(NoteState::updatedBy).orElse(null))));
        contentChanged(conversationId);
        events.publishEvent(new NoteChanged(conversationId, perspectiveId, saved.version()));
        return saved;
    }

    /** Adds an agreement row to a perspective (or, with a null perspective, to the conversation as a whole). */
    public AgreementView addAgreement(UUID conversationId, long actor, Long perspectiveId, AgreementFields fields) {
        return addAgreement(conversationId, actor, perspectiveId, fields, null);
    }

    /** Adds an agreement that carries on (viderefører) an agreement of an earlier plan. */
    AgreementView addAgreement(UUID conversationId, long actor, Long perspectiveId, AgreementFields fields,
                               UUID carriedFrom) {
        Conversation c = editable(conversationId, actor);
        if (perspectiveId != null) {
            requirePerspective(c, perspectiveId);
        }
        InputRules.agreement(c, fields, null, LocalDate.now(clock.withZone(DanishDates.ZONE)));
        AgreementView created = new AgreementView(UUID.randomUUID(), perspectiveId, fields, 1, actor,
                clock.instant(), actor, carriedFrom);
        store.insertAgreement(conversationId, created);
        contentChanged(conversationId);
        events.publishEvent(new AgreementChanged(conversationId, created.id(), created.version()));
        return created;
    }

    /** Changes an agreement row if nobody else changed it since {@code expectedVersion}. */
    public AgreementView updateAgreement(UUID conversationId, long actor, UUID agreementId, AgreementFields fields,
                                         long expectedVersion) {
        Conversation c = editable(conversationId, actor);
        AgreementView current = store.agreement(conversationId, agreementId)
                .orElseThrow(() -> new InvalidInput("conversation.error.agreement-gone"));
        InputRules.agreement(c, fields, current.fields(), LocalDate.now(clock.withZone(DanishDates.ZONE)));
        requireNotHeld(conversationId, PresenceService.agreementField(agreementId), actor);
        if (!store.updateAgreement(conversationId, agreementId, fields, expectedVersion, actor, clock.instant())) {
            throw new EditConflict(nameOf(current.updatedBy()));
        }
        AgreementView updated = store.agreement(conversationId, agreementId).orElseThrow();
        contentChanged(conversationId);
        events.publishEvent(new AgreementChanged(conversationId, agreementId, updated.version()));
        return updated;
    }

    public void removeAgreement(UUID conversationId, long actor, UUID agreementId) {
        editable(conversationId, actor);
        requireNotHeld(conversationId, PresenceService.agreementField(agreementId), actor);
        if (store.deleteAgreement(conversationId, agreementId)) {
            contentChanged(conversationId);
            events.publishEvent(new AgreementRemoved(conversationId, agreementId));
        }
    }

    // ---- rules ----

    Conversation conversation(UUID conversationId) {
        return conversations.findById(conversationId).orElseThrow(NotFound::new);
    }

    Conversation participantOnly(UUID conversationId, long actor) {
        Conversation c = conversation(conversationId);
        if (c.getParticipants().stream().noneMatch(p -> p.personId() == actor)) {
            throw new NotFound();
        }
        return c;
    }

    /**
     * The conversation, locked for this change until the transaction ends: refused unless the person is a
     * participant and the conversation can still change, as its status reads under the lock. Every change
     * begins here (or in {@link #lockForChange}), so a change and the plan's lock never interleave.
     */
    private Conversation editable(UUID conversationId, long actor) {
        ConversationStatus status = store.lockConversation(conversationId).orElseThrow(NotFound::new);
        Conversation c = participantOnly(conversationId, actor);
        if (status == ConversationStatus.LOCKED || status == ConversationStatus.CANCELLED) {
            throw new NotEditable();
        }
        return c;
    }

    /**
     * Takes the conversation's lock for a change made elsewhere in this module (preparation, scheduling), and
     * returns the conversation as it is under the lock; refuses anybody who is not a participant.
     */
    Conversation lockForChange(UUID conversationId, long actor) {
        store.lockConversation(conversationId).orElseThrow(NotFound::new);
        return participantOnly(conversationId, actor);
    }

    private static ParticipantRole role(Conversation c, long actor) {
        return c.getParticipants().stream().filter(p -> p.personId() == actor).findFirst()
                .map(Participant::role).orElseThrow(NotFound::new);
    }

    private ConceptDetails.QuestionDetails requireQuestion(Conversation c, long questionId) {
        return concepts.find(c.getConceptId()).orElseThrow().allQuestions().stream()
                .filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new InvalidInput("conversation.error.unknown-question"));
    }

    private void requirePerspective(Conversation c, long perspectiveId) {
        if (concepts.find(c.getConceptId()).orElseThrow().perspectives().stream()
                .noneMatch(p -> p.id() == perspectiveId)) {
            throw new InvalidInput("conversation.error.unknown-perspective");
        }
    }

    private void requireNotHeld(UUID conversationId, String field, long actor) {
        presence.heldByOther(conversationId, field, actor).ifPresent(other -> {
            throw new FieldBusy(nameOf(other));
        });
    }

    private String nameOf(Long personId) {
        return personId == null ? "" : people.findById(personId).map(PersonSummary::fullName).orElse("");
    }

    /** Tells whoever keeps approvals, inside this transaction, that the plan's content changed. */
    private void contentChanged(UUID conversationId) {
        events.publishEvent(new ContentChanged(conversationId));
    }

    /**
     * Locks the conversation: from now on every change is refused, whatever any client sends. Called by the plan
     * when every participant has approved it, inside the same transaction.
     */
    public void lock(UUID conversationId) {
        store.lockConversation(conversationId); // the caller holds it already; a lock never comes without it
        Conversation c = conversation(conversationId);
        if (c.getStatus() == ConversationStatus.LOCKED) {
            return;
        }
        c.lock(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        events.publishEvent(new StatusChanged(conversationId, ConversationStatus.LOCKED));
        lists.changed(c);
    }

    /** Refuses with a clear message unless the person is a participant and the conversation can still change. */
    public void requireEditable(UUID conversationId, long actor) {
        editable(conversationId, actor);
    }

    /** The participant's role; refuses anybody else as if the conversation did not exist. */
    public ParticipantRole roleOf(UUID conversationId, long actor) {
        return role(participantOnly(conversationId, actor), actor);
    }

    private void publishQuestion(UUID conversationId, long questionId) {
        events.publishEvent(new QuestionChanged(conversationId, questionId));
    }
}
