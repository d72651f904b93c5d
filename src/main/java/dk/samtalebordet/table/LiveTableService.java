package dk.samtalebordet.table;

import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.Picture;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationAccess.Editable;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationEvents.ContentChanged;
import dk.samtalebordet.conversation.ConversationException.InvalidInput;
import dk.samtalebordet.conversation.ConversationException.NotAllowed;
import dk.samtalebordet.conversation.InputRules;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.table.TableModel.FocusChanged;
import dk.samtalebordet.table.TableModel.PieceChanged;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.PlacedPiece;
import dk.samtalebordet.table.TableModel.QuestionChanged;
import dk.samtalebordet.table.TableModel.QuestionState;
import dk.samtalebordet.table.TableModel.TableState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Owns every change to a conversation's live table and its rules: the focus, the question pieces and the pieces
 * laid on the table. Each change is checked (the person is a participant, the conversation can still change, the
 * input is valid), stored in its own transaction under the conversation's lock ({@link ConversationAccess}), and
 * only then published to everybody following the conversation. The notes and agreements on the table have their
 * own services ({@link NoteService}, {@link AgreementService}).
 */
@Service
@Transactional
public class LiveTableService {

    private final ConversationAccess access;
    private final LiveTableStore store;
    private final ConceptService concepts;
    private final NoteService notes;
    private final AgreementService agreements;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LiveTableService(ConversationAccess access, LiveTableStore store, ConceptService concepts, NoteService notes,
                     AgreementService agreements, Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.concepts = concepts;
        this.notes = notes;
        this.agreements = agreements;
        this.clock = clock;
        this.events = events;
    }

    /** Everything on the table, as the given participant sees it. */
    @Transactional(readOnly = true)
    public TableState state(UUID conversationId, long actor) {
        ConversationDetails conversation = access.details(conversationId, actor);
        Map<Long, QuestionState> questions = new LinkedHashMap<>();
        conversation.concept().allQuestions().forEach(q -> questions.put(q.id(), QuestionState.initial(q.id())));
        store.questions(conversationId).forEach(q -> questions.put(q.questionId(), q));
        return new TableState(conversation, store.focus(conversationId).orElse(null), Map.copyOf(questions),
                store.pieces(conversationId), notes.notes(conversation), agreements.agreements(conversation));
    }

    // ---- what a page reads again when an event tells it that one thing changed ----
    // Every following page reads again on every change: two look-ups by key, each on its own, without a
    // transaction (SUPPORTS), which would cost more than the reading.

    /** One question as it is now. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public QuestionState question(UUID conversationId, long viewer, long questionId) {
        access.requireParticipant(conversationId, viewer);
        return store.question(conversationId, questionId);
    }

    /** A piece as it lies on the table now; empty when it is not on the table. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<PlacedPiece> piece(UUID conversationId, long viewer, PieceKind kind, String key) {
        access.requireParticipant(conversationId, viewer);
        return store.piece(conversationId, kind, key);
    }

    /** Brings a question into focus for everybody; null clears the focus. At most one question is in focus. */
    public void focus(UUID conversationId, long actor, Long questionId) {
        Editable c = access.editable(conversationId, actor);
        if (questionId != null) {
            requireQuestion(c, questionId);
        }
        store.setFocus(conversationId, questionId, actor);
        events.publishEvent(new FocusChanged(conversationId, questionId, actor));
    }

    public void setOnTable(UUID conversationId, long actor, long questionId, boolean onTable) {
        Editable c = access.editable(conversationId, actor);
        requireQuestion(c, questionId);
        store.setOnTable(conversationId, questionId, onTable);
        publishQuestion(conversationId, questionId);
    }

    public void setDiscussed(UUID conversationId, long actor, long questionId, boolean discussed) {
        Editable c = access.editable(conversationId, actor);
        requireQuestion(c, questionId);
        store.setDiscussed(conversationId, questionId, discussed);
        publishQuestion(conversationId, questionId);
    }

    /**
     * The leader gives a question a wording for this workplace; a blank wording returns to the concept's own.
     * The original always stays in the concept.
     */
    public void reword(UUID conversationId, long actor, long questionId, String wording) {
        Editable c = access.editable(conversationId, actor);
        if (c.role() != ParticipantRole.LEADER) {
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
        Editable c = access.editable(conversationId, actor);
        ConceptDetails concept = concepts.find(c.conceptId()).orElseThrow();
        boolean known = kind == PieceKind.STIKORD ? concept.stikord().contains(key)
                : concept.pictures().stream().map(Picture::code).anyMatch(key::equals);
        if (!known) {
            throw new InvalidInput("conversation.error.unknown-piece");
        }
        if (placed) {
            if (store.placePiece(conversationId, new PlacedPiece(kind, key, actor, clock.instant()))) {
                contentChanged(conversationId, actor);
                events.publishEvent(new PieceChanged(conversationId, kind, key, true, actor));
            }
        } else if (store.removePiece(conversationId, kind, key)) {
            contentChanged(conversationId, actor);
            events.publishEvent(new PieceChanged(conversationId, kind, key, false, actor));
        }
    }

    // ---- rules ----

    private ConceptDetails.QuestionDetails requireQuestion(Editable c, long questionId) {
        return concepts.find(c.conceptId()).orElseThrow().allQuestions().stream()
                .filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new InvalidInput("conversation.error.unknown-question"));
    }

    /** Tells whoever keeps approvals, inside this transaction, that the plan's content changed. */
    private void contentChanged(UUID conversationId, long actor) {
        events.publishEvent(new ContentChanged(conversationId, actor));
    }

    private void publishQuestion(UUID conversationId, long questionId) {
        events.publishEvent(new QuestionChanged(conversationId, questionId));
    }
}
