package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.shared.LiveEvent;

import java.time.Instant;
import java.time.LocalDate;
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
    public static final int VALUE_MAX = 1000;
    /** How far ahead an agreement's follow-up can be: the plan is followed up at the latest by later MUS. */
    public static final int FOLLOW_UP_MAX_YEARS = 3;

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

    /**
     * An agreement's fields, as the seed asks: what, who, when (a date or a period, as text), who is responsible,
     * when (a date on or after today) and how it is followed up, and the value it creates. In a GRUS
     * {@code forPersonId} names the one participant it is for; null means the group (or, in a MUS, the employee).
     */
    public record AgreementFields(String what, String who, String when, String responsible, LocalDate followUpDate,
                                  String followUp, String value, Long forPersonId) {
        public AgreementFields {
            what = strip(what);
            who = strip(who);
            when = strip(when);
            responsible = strip(responsible);
            followUp = strip(followUp);
            value = strip(value);
        }

        /** Text fields only: no follow-up date, no value, for the whole group. */
        public AgreementFields(String what, String who, String when, String responsible, String followUp) {
            this(what, who, when, responsible, null, followUp, "", null);
        }

        private static String strip(String s) {
            return s == null ? "" : s.strip();
        }
    }

    /** An agreement row; {@code carriedFrom} is the earlier plan's agreement it carries on, if any. */
    public record AgreementView(UUID id, Long perspectiveId, AgreementFields fields, long version, long createdBy,
                                Instant createdAt, long updatedBy, UUID carriedFrom) {
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
            long me,
            Instant lockedAt) {

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

    // ---- events: ids and versions, never content; announced after commit to the conversation's topic ----

    /** Marker of every event of a conversation's live table; a receiver reads again what it shows. */
    public sealed interface TableEvent extends LiveEvent permits QuestionChanged, FocusChanged, PieceChanged,
            NoteChanged, AgreementChanged, AgreementRemoved, PresenceChanged, TypingChanged, StatusChanged,
            ScheduleChanged, PreparationChanged, LookBackChanged {
        UUID conversationId();

        @Override
        default String topic() {
            return LiveEvent.conversation(conversationId());
        }
    }

    /** A question was put on or off the table, marked discussed, or reworded. */
    public record QuestionChanged(UUID conversationId, long questionId) implements TableEvent {
    }

    public record FocusChanged(UUID conversationId, Long questionId, long by) implements TableEvent {
    }

    /** A piece was laid on the table or taken off it. */
    public record PieceChanged(UUID conversationId, PieceKind kind, String key) implements TableEvent {
    }

    /** A perspective's notes were saved as {@code version}. */
    public record NoteChanged(UUID conversationId, long perspectiveId, long version) implements TableEvent {
    }

    /** An agreement was added or changed, and is now at {@code version}. */
    public record AgreementChanged(UUID conversationId, UUID agreementId, long version) implements TableEvent {
    }

    public record AgreementRemoved(UUID conversationId, UUID agreementId) implements TableEvent {
    }

    /** Who has the conversation open changed; a receiver asks {@code PresenceService.presence}. */
    public record PresenceChanged(UUID conversationId) implements TableEvent {
    }

    /** A participant chose or shared their stikord; what each viewer may see of it may have changed. */
    public record PreparationChanged(UUID conversationId, long personId) implements TableEvent {
    }

    /** An agreement of an earlier plan was marked gennemført, droppet or videreført in this conversation. */
    public record LookBackChanged(UUID conversationId) implements TableEvent {
    }

    /** The conversation's status changed; above all: its plan was locked, and nothing can change any more. */
    public record StatusChanged(UUID conversationId, ConversationStatus status) implements TableEvent {
    }

    /**
     * Published inside the transaction of every change to the plan's content (notes, agreements, the pieces used),
     * so that whoever keeps approvals can withdraw them in the same transaction. Not a live event.
     */
    public record ContentChanged(UUID conversationId) {
    }

    /** The conversation was moved: its time, duration, place or video link changed. */
    public record ScheduleChanged(UUID conversationId) implements TableEvent {
    }

    /** {@code personId} is null when nobody types in the field any more. */
    public record TypingChanged(UUID conversationId, String field, Long personId) implements TableEvent {
    }
}
