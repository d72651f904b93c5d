package dk.samtalebordet.live;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The {@link LiveEventBus} of a single node: an event announced in a transaction is delivered to this node's
 * followers after the commit, and never after a rollback.
 */
class InMemoryLiveEventBus implements LiveEventBus {

    private final LocalFollowers followers;

    InMemoryLiveEventBus(LocalFollowers followers) {
        this.followers = followers;
    }

    @Override
    public Subscription subscribe(String topic, Consumer<LiveEvent> listener) {
        return followers.subscribe(topic, listener);
    }

    @Override
    public void announce(LiveEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    followers.deliver(event);
                }
            });
        } else {
            followers.deliver(event);
        }
    }

    @Override
    public boolean awaitDelivered(Duration within) {
        return followers.awaitIdle(within);
    }
}
