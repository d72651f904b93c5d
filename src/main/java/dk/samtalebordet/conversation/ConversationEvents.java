package dk.samtalebordet.conversation;

import java.util.UUID;

/** The events about a conversation as a whole, published by every feature that changes it. */
public final class ConversationEvents {

    private ConversationEvents() {
    }

    /**
     * The conversation's status changed; above all: its plan was locked, and nothing can change any more.
     * {@code by} is who did it: who cancelled it, or who approved the plan last.
     */
    public record StatusChanged(UUID conversationId, ConversationStatus status, long by) implements ConversationEvent {
    }

    /** A change to the plan's content by {@code by} withdrew every approval given so far. */
    public record ApprovalsWithdrawn(UUID conversationId, long by) implements ConversationEvent {
    }

    /** The conversation was moved: its time, duration, place or video link changed. */
    public record ScheduleChanged(UUID conversationId) implements ConversationEvent {
    }

    /**
     * Published inside the transaction of every change to the plan's content (notes, agreements, the pieces used),
     * so that whoever keeps approvals can withdraw them in the same transaction. Not a live event.
     */
    public record ContentChanged(UUID conversationId, long by) {
    }

    /** Published when a conversation was created, rescheduled or cancelled. */
    public record InvitationChanged(UUID conversationId) {
    }
}
