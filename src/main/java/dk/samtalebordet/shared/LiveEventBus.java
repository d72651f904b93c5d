package dk.samtalebordet.shared;

import java.util.function.Consumer;

/**
 * Hands small event records to whoever follows a topic (such as one conversation) right now. Services publish
 * after their transaction commits; views subscribe when attached and unsubscribe when detached.
 * <p>
 * The in-JVM implementation serves one node. A cross-node implementation (a message broker, PostgreSQL
 * LISTEN/NOTIFY) can replace it without touching services or views.
 */
public interface LiveEventBus {

    /** Follows a topic until the returned subscription is cancelled. */
    Subscription subscribe(Object topic, Consumer<Object> listener);

    /** Delivers the event now to every follower of the topic. */
    void publish(Object topic, Object event);

    /**
     * Delivers the event when the current transaction commits, and never if it rolls back; at once when no
     * transaction is active. Nobody is ever told of a change that was not stored.
     */
    void publishAfterCommit(Object topic, Object event);

    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
