package dk.samtalebordet.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The single-node {@link LiveEventBus}: listeners are copied under a lock and notified outside it, each in its
 * own try/catch, so one failing listener (a closed tab, say) never stops the others.
 */
@Component
class InMemoryLiveEventBus implements LiveEventBus {

    private static final Logger log = LoggerFactory.getLogger(InMemoryLiveEventBus.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Object, List<Consumer<Object>>> listeners = new HashMap<>();

    @Override
    public Subscription subscribe(Object topic, Consumer<Object> listener) {
        lock.lock();
        try {
            listeners.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener);
        } finally {
            lock.unlock();
        }
        return () -> unsubscribe(topic, listener);
    }

    private void unsubscribe(Object topic, Consumer<Object> listener) {
        lock.lock();
        try {
            List<Consumer<Object>> list = listeners.get(topic);
            if (list != null) {
                list.remove(listener);
                if (list.isEmpty()) {
                    listeners.remove(topic);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void publish(Object topic, Object event) {
        List<Consumer<Object>> copy;
        lock.lock();
        try {
            copy = List.copyOf(listeners.getOrDefault(topic, List.of()));
        } finally {
            lock.unlock();
        }
        for (Consumer<Object> listener : copy) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed on {}", topic, event.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public void publishAfterCommit(Object topic, Object event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(topic, event);
                }
            });
        } else {
            publish(topic, event);
        }
    }

    /** How many listeners follow a topic; for tests and diagnostics. */
    int listenerCount(Object topic) {
        lock.lock();
        try {
            return listeners.getOrDefault(topic, List.of()).size();
        } finally {
            lock.unlock();
        }
    }
}
