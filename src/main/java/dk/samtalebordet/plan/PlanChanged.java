package dk.samtalebordet.plan;

import java.util.UUID;

/** Published to the conversation's topic after every change to the plan's state, so plan views reload it. */
public record PlanChanged(UUID conversationId, What what, long by) {

    public enum What {
        PROPOSED,
        APPROVED,
        /** A change to the plan's content withdrew every approval. */
        APPROVALS_WITHDRAWN,
        MINUTES,
        LOCKED
    }
}
