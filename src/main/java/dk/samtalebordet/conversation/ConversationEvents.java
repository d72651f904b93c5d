package dk.samtalebordet.conversation;

import java.util.UUID;

/** The events about a conversation as a whole, published by every feature that changes it. */
public final class ConversationEvents {

    private ConversationEvents() {
    }

    /** The conversation's status changed; above all: its plan was locked, and nothing can change any more. */
    public record StatusChanged(UUID conversationId, ConversationStatus status) implements ConversationEvent {
    }

    /** The conversation was moved: its time, duration, place or video link changed. */
    public record ScheduleChanged(UUID conversationId) implements ConversationEvent {
    }

    /**
     * Published inside the transaction of every change to the plan's content (notes, agreements, the pieces used),
     * so that whoever keeps approvals can withdraw them in the same transaction. Not a live event.
     */
    public record ContentChanged(UUID conversationId) {
    }

    /** Published when a conversation was created, rescheduled or cancelled. */
    public record InvitationChanged(UUID conversationId) {
    }
}
