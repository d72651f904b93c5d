package dk.samtalebordet.conversation;

import java.util.Arrays;

/**
 * A refused change or request. It carries a translation key and its arguments, so the view can tell the
 * person in their own language what went wrong; the service never knows about the UI.
 */
public class ConversationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ConversationException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The conversation does not exist, or the person is not in it. The two are told apart nowhere. */
    public static class NotFound extends ConversationException {
        public NotFound() {
            super("conversation.error.not-found");
        }
    }

    /** Someone else changed the same text in the meantime; the caller's text was not stored and is not lost. */
    public static class EditConflict extends ConversationException {
        public EditConflict(String byName) {
            super("conversation.error.conflict", byName);
        }
    }

    /** Someone else is typing in the field right now. */
    public static class FieldBusy extends ConversationException {
        public FieldBusy(String byName) {
            super("conversation.error.field-busy", byName);
        }
    }

    /** The input breaks a rule (too long, missing); nothing was stored. */
    public static class InvalidInput extends ConversationException {
        private final String field;

        public InvalidInput(String messageKey, Object... args) {
            this(null, messageKey, args);
        }

        /** @param field the field the message belongs next to, as a {@code conversation.field.*} key */
        public InvalidInput(String field, String messageKey, Object... args) {
            super(messageKey, args);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The conversation can no longer change (its plan is locked, or it was cancelled). */
    public static class NotEditable extends ConversationException {
        public NotEditable() {
            super("conversation.error.locked");
        }
    }

    /**
     * The conversation was held by another change for longer than the database waits (its lock timeout); nothing
     * was stored, and trying again in a moment works.
     */
    public static class Busy extends ConversationException {
        public Busy() {
            super("conversation.error.busy");
        }
    }

    /** The person's role in the conversation does not allow this. */
    public static class NotAllowed extends ConversationException {
        public NotAllowed(String messageKey) {
            super(messageKey);
        }
    }
}
