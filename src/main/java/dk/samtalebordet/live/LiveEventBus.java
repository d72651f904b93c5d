package dk.samtalebordet.live;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Hands {@link LiveEvent}s to the pages following their topic, on every node. Services do not use it: they
 * publish application events, and {@link LiveEventBridge} announces them here. Views follow topics through
 * {@code LiveUpdates}, which subscribes on attach and cancels on detach.
 * <p>
 * One node keeps the in-memory bus; several nodes on PostgreSQL use its LISTEN/NOTIFY. Either way a listener is
 * called off the thread that made the change, one event at a time and in order for each listener.
 */
public interface LiveEventBus {

    /** Follows a topic until the returned subscription is cancelled. */
    Subscription subscribe(String topic, Consumer<LiveEvent> listener);

    /**
     * Announces the event to the followers of its topic once the current transaction commits, and never if it
     * rolls back; at once when no transaction is active. Nobody is ever told of a change that was not stored.
     */
    void announce(LiveEvent event);

    /**
     * Waits until every event this node has received so far has reached its followers here; true when it has
     * within the time. What a test waits for before it looks at what a follower saw.
     */
    boolean awaitDelivered(Duration within);

    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
