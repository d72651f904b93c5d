package dk.samtalebordet.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The pages on this node following each topic, and the delivery of events to them: on a small pool of threads,
 * never on the thread that made the change, and for each follower one event at a time in the order they
 * arrived (its own queue). A failing follower (a closed tab) is logged and never stops the others.
 */
@Component
class LocalFollowers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalFollowers.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, List<Follower>> followers = new HashMap<>();
    private final ExecutorService pool;
    /** Events handed to a follower's queue and not yet delivered, across all followers. */
    private final AtomicInteger pending = new AtomicInteger();

    LocalFollowers(@Value("${samtalebordet.live.delivery-threads:4}") int threads) {
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "live-delivery-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    LiveEventBus.Subscription subscribe(String topic, Consumer<LiveEvent> listener) {
        Follower follower = new Follower(topic, listener);
        lock.lock();
        try {
            followers.computeIfAbsent(topic, t -> new ArrayList<>()).add(follower);
        } finally {
            lock.unlock();
        }
        return () -> unsubscribe(follower);
    }

    private void unsubscribe(Follower follower) {
        lock.lock();
        try {
            List<Follower> list = followers.get(follower.topic);
            if (list != null) {
                list.remove(follower);
                if (list.isEmpty()) {
                    followers.remove(follower.topic);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Hands the event to every follower of its topic on this node; returns at once. */
    void deliver(LiveEvent event) {
        List<Follower> copy;
        lock.lock();
        try {
            copy = List.copyOf(followers.getOrDefault(event.topic(), List.of()));
        } finally {
            lock.unlock();
        }
        copy.forEach(f -> f.offer(event));
    }

    /** Every topic followed on this node: what a page must read again after events may have been missed. */
    List<String> topics() {
        lock.lock();
        try {
            return List.copyOf(followers.keySet());
        } finally {
            lock.unlock();
        }
    }

    int listenerCount(String topic) {
        lock.lock();
        try {
            return followers.getOrDefault(topic, List.of()).size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every event handed out so far has reached its followers; true when it has within the time.
     * For a test that checks what a follower saw, and for an orderly shutdown.
     */
    boolean awaitIdle(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    @Override
    public void destroy() throws InterruptedException {
        awaitIdle(Duration.ofSeconds(2));
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.SECONDS);
    }

    /** One page's subscription, with its own queue so that its events arrive one at a time and in order. */
    private final class Follower {
        private final String topic;
        private final Consumer<LiveEvent> listener;
        private final Queue<LiveEvent> queue = new ArrayDeque<>();
        private boolean draining;

        Follower(String topic, Consumer<LiveEvent> listener) {
            this.topic = topic;
            this.listener = listener;
        }

        void offer(LiveEvent event) {
            boolean start;
            synchronized (this) {
                queue.add(event);
                pending.incrementAndGet();
                start = !draining;
                draining = true;
            }
            if (start) {
                pool.execute(this::drain);
            }
        }

        private void drain() {
            while (true) {
                LiveEvent next;
                synchronized (this) {
                    next = queue.poll();
                    if (next == null) {
                        draining = false;
                        return;
                    }
                }
                try {
                    listener.accept(next);
                } catch (RuntimeException e) {
                    log.warn("A follower of {} failed on {}", topic, next.getClass().getSimpleName(), e);
                } finally {
                    pending.decrementAndGet();
                }
            }
        }
    }
}
