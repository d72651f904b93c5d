package dk.samtalebordet.table;

import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationEvent;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.note.NoteModel.NoteState;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The read model of the live table: what every participant sees, and the events that change it. */
public final class TableModel {

    private TableModel() {
    }

    public enum PieceKind {
        STIKORD,
        PICTURE
    }

    /** The longest wording that is stored; longer input is refused, never cut. */
    public static final int WORDING_MAX = 1000;

    /** One question piece in this conversation; {@code wording} is null while the concept's own is in use. */
    public record QuestionState(long questionId, String wording, Long rewordedBy, boolean onTable,
                                boolean discussed) {
        static QuestionState initial(long questionId) {
            return new QuestionState(questionId, null, null, false, false);
        }
    }

    public record PlacedPiece(PieceKind kind, String key, long placedBy, Instant placedAt) {
    }

    /**
     * Everything on the table, as one participant sees it: the conversation, the question in focus, the question
     * pieces, the pieces laid on the table, each perspective's notes and the agreements.
     */
    public record TableState(
            ConversationDetails conversation,
            Long focusedQuestionId,
            Map<Long, QuestionState> questions,
            List<PlacedPiece> pieces,
            Map<Long, NoteState> notes,
            List<AgreementView> agreements) {

        public UUID conversationId() {
            return conversation.conversationId();
        }

        public ConversationKind kind() {
            return conversation.kind();
        }

        public Variant variant() {
            return conversation.variant();
        }

        public Form form() {
            return conversation.form();
        }

        public Instant startsAt() {
            return conversation.startsAt();
        }

        public int durationMinutes() {
            return conversation.durationMinutes();
        }

        public String place() {
            return conversation.place();
        }

        public String videoLink() {
            return conversation.videoLink();
        }

        public ConversationStatus status() {
            return conversation.status();
        }

        public ConceptDetails concept() {
            return conversation.concept();
        }

        public List<ParticipantView> participants() {
            return conversation.participants();
        }

        public long me() {
            return conversation.me();
        }

        public Instant lockedAt() {
            return conversation.lockedAt();
        }

        public Optional<ParticipantView> participant(long personId) {
            return conversation.participant(personId);
        }

        public boolean iAmLeader() {
            return conversation.iAmLeader();
        }

        public boolean editable() {
            return conversation.editable();
        }
    }

    // ---- events: ids and versions, never content; announced after commit to the conversation's topic ----

    /** A question was put on or off the table, marked discussed, or reworded. */
    public record QuestionChanged(UUID conversationId, long questionId) implements ConversationEvent {
    }

    public record FocusChanged(UUID conversationId, Long questionId, long by) implements ConversationEvent {
    }

    /** {@code by} laid a piece on the table ({@code placed}) or took it off. */
    public record PieceChanged(UUID conversationId, PieceKind kind, String key, boolean placed, long by)
            implements ConversationEvent {
    }

    /** A participant chose or shared their stikord; what each viewer may see of it may have changed. */
    public record PreparationChanged(UUID conversationId, long personId) implements ConversationEvent {
    }
}
