package dk.samtalebordet.shared;

import dk.samtalebordet.IntegrationTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A job's lock, once released, is free to take at once: the next turn never finds it still held. */
@IntegrationTest
class SchedulerLocksTest {

    @Autowired
    LockProvider locks;

    @Test
    void aReleasedLockIsFreeToTakeAtOnceEvenWithinTheSameMillisecond() {
        // taken and released in a tight loop, most turns fall within a millisecond of the last release: with
        // the lock time stored rounded to the millisecond, PostgreSQL found it still held by turn 11
        for (int turn = 0; turn < 300; turn++) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), "scheduler-locks-test",
                    Duration.ofMinutes(5), Duration.ZERO));
            assertThat(lock).as("free to take on turn %d", turn).isPresent();
            lock.get().unlock();
        }
    }
}
