package dk.samtalebordet.plan;

import dk.samtalebordet.live.LiveEvent;

import java.util.UUID;

/**
 * Announced to the conversation's topic after every change to the plan's state, so plan views reload it. A
 * withdrawal of the approvals is {@code ConversationEvents.ApprovalsWithdrawn}, as the table says it too.
 */
public record PlanChanged(UUID conversationId, What what, long by) implements LiveEvent {

    @Override
    public String topic() {
        return LiveEvent.conversation(conversationId);
    }

    public enum What {
        PROPOSED,
        APPROVED,
        MINUTES,
        LOCKED
    }
}
