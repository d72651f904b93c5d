package dk.samtalebordet.note;

import dk.samtalebordet.conversation.ConversationEvent;

import java.util.UUID;

/** The shared notes of a conversation's perspectives, and the event that one was saved. */
public final class NoteModel {

    private NoteModel() {
    }

    /** The longest note that is stored; longer input is refused, never cut. */
    public static final int NOTE_MAX = 4000;

    public record NoteState(long perspectiveId, String text, long version, Long updatedBy) {
        static NoteState empty(long perspectiveId) {
            return new NoteState(perspectiveId, "", 0, null);
        }
    }

    /** A perspective's notes were saved as {@code version}. */
    public record NoteChanged(UUID conversationId, long perspectiveId, long version) implements ConversationEvent {
    }
}
