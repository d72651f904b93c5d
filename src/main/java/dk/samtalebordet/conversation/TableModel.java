package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConversationKind;

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

    /** The longest texts that are stored; longer input is refused, never cut. */
    public static final int NOTE_MAX = 4000;
    public static final int WHAT_MAX = 1000;
    public static final int FIELD_MAX = 200;
    public static final int WORDING_MAX = 1000;

    public record ParticipantView(long personId, String fullName, String initials, ParticipantRole role) {
    }

    /** One question piece in this conversation; {@code wording} is null while the concept's own is in use. */
    public record QuestionState(long questionId, String wording, Long rewordedBy, boolean onTable,
                                boolean discussed) {
        static QuestionState initial(long questionId) {
            return new QuestionState(questionId, null, null, false, false);
        }
    }

    public record PlacedPiece(PieceKind kind, String key, long placedBy, Instant placedAt) {
    }

    public record NoteState(long perspectiveId, String text, long version, Long updatedBy) {
        static NoteState empty(long perspectiveId) {
            return new NoteState(perspectiveId, "", 0, null);
        }
    }

    public record AgreementFields(String what, String who, String when, String responsible, String followUp) {
        public AgreementFields {
            what = what == null ? "" : what.strip();
            who = who == null ? "" : who.strip();
            when = when == null ? "" : when.strip();
            responsible = responsible == null ? "" : responsible.strip();
            followUp = followUp == null ? "" : followUp.strip();
        }
    }

    public record AgreementView(UUID id, Long perspectiveId, AgreementFields fields, long version, long createdBy,
                                Instant createdAt, long updatedBy) {
    }

    public record TableState(
            UUID conversationId,
            ConversationKind kind,
            Variant variant,
            Form form,
            Instant startsAt,
            int durationMinutes,
            String place,
            String videoLink,
            ConversationStatus status,
            ConceptDetails concept,
            List<ParticipantView> participants,
            Long focusedQuestionId,
            Map<Long, QuestionState> questions,
            List<PlacedPiece> pieces,
            Map<Long, NoteState> notes,
            List<AgreementView> agreements,
            long me) {

        public Optional<ParticipantView> participant(long personId) {
            return participants.stream().filter(p -> p.personId() == personId).findFirst();
        }

        public boolean iAmLeader() {
            return participant(me).map(p -> p.role() == ParticipantRole.LEADER).orElse(false);
        }

        public boolean editable() {
            return status == ConversationStatus.PLANNED || status == ConversationStatus.IN_PROGRESS;
        }
    }

    // ---- events: small records, published after commit to the topic of the conversation id ----

    /** Marker of every event of a conversation's live table. */
    public sealed interface TableEvent permits QuestionChanged, FocusChanged, PieceChanged, NoteChanged,
            AgreementChanged, AgreementRemoved, PresenceChanged, TypingChanged {
        UUID conversationId();
    }

    public record QuestionChanged(UUID conversationId, QuestionState state) implements TableEvent {
    }

    public record FocusChanged(UUID conversationId, Long questionId, long by) implements TableEvent {
    }

    /** {@code placed} is null when the piece was taken off the table. */
    public record PieceChanged(UUID conversationId, PieceKind kind, String key, PlacedPiece placed)
            implements TableEvent {
    }

    public record NoteChanged(UUID conversationId, NoteState note) implements TableEvent {
    }

    public record AgreementChanged(UUID conversationId, AgreementView agreement) implements TableEvent {
    }

    public record AgreementRemoved(UUID conversationId, UUID agreementId) implements TableEvent {
    }

    /** Who has the conversation open right now. */
    public record PresenceChanged(UUID conversationId, List<Long> present) implements TableEvent {
    }

    /** {@code personId} is null when nobody types in the field any more. */
    public record TypingChanged(UUID conversationId, String field, Long personId) implements TableEvent {
    }
}
