package dk.samtalebordet.presence;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presence follows open pages; a page not heard from (a lost network) is away by itself, and here again once it is
 * heard from.
 */
@IntegrationTest
class PresenceServiceTest {

    @Autowired
    PresenceService presence;
    @Autowired
    LiveEventBus bus;

    @Test
    void aPersonIsPresentWhileAnyOfTheirPagesIsOpen() {
        UUID conversation = UUID.randomUUID();
        String phone = presence.join(conversation, 1L, PresenceService.Place.TABLE, Instant::now);
        String laptop = presence.join(conversation, 1L, PresenceService.Place.TABLE, Instant::now);
        presence.join(conversation, 2L, PresenceService.Place.TABLE, Instant::now);

        assertThat(presence.present(conversation)).containsExactly(1L, 2L);
        presence.leave(conversation, phone);
        assertThat(presence.present(conversation)).containsExactly(1L, 2L);
        presence.leave(conversation, laptop);
        assertThat(presence.present(conversation)).containsExactly(2L);
    }

    @Test
    void aPageNotHeardFromDropsOutAndItsTypingEnds() {
        UUID conversation = UUID.randomUUID();
        List<Object> events = Collections.synchronizedList(new ArrayList<>());
        LiveEventBus.Subscription subscription = bus.subscribe(LiveEvent.conversation(conversation), events::add);
        AtomicReference<Instant> lastHeard = new AtomicReference<>(Instant.now());
        presence.join(conversation, 7L, PresenceService.Place.TABLE, lastHeard::get);
        presence.join(conversation, 8L, PresenceService.Place.TABLE, Instant::now);
        presence.claim(conversation, "note:1", 7L);

        presence.sweep();
        assertThat(presence.present(conversation)).containsExactly(7L, 8L);

        lastHeard.set(Instant.now().minusSeconds(60));
        presence.sweep();

        assertThat(presence.present(conversation)).containsExactly(8L);
        assertThat(presence.typing(conversation)).isEmpty();
        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(events).contains(new PresenceEvents.PresenceChanged(conversation),
                new PresenceEvents.TypingChanged(conversation, "note:1", null));
        subscription.cancel();
    }

    @Test
    void aPageHeardFromAgainIsHereAgainWithoutBeingReopened() {
        UUID conversation = UUID.randomUUID();
        List<Object> events = Collections.synchronizedList(new ArrayList<>());
        LiveEventBus.Subscription subscription = bus.subscribe(LiveEvent.conversation(conversation), events::add);
        AtomicReference<Instant> lastHeard = new AtomicReference<>(Instant.now().minusSeconds(60));
        presence.join(conversation, 7L, PresenceService.Place.TABLE, lastHeard::get);
        presence.join(conversation, 8L, PresenceService.Place.TABLE, Instant::now);
        presence.sweep();
        assertThat(presence.present(conversation)).containsExactly(8L);
        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        int toldBefore = events.size();

        // the phone is out of the tunnel: its heartbeats arrive again on the same page
        lastHeard.set(Instant.now());
        presence.sweep();

        assertThat(presence.present(conversation)).containsExactly(7L, 8L);
        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(events.subList(toldBefore, events.size())).as("told that the phone is back")
                .contains(new PresenceEvents.PresenceChanged(conversation));
        subscription.cancel();
    }

    @Test
    void aPageNotHeardFromForAnHourIsForgotten() {
        UUID conversation = UUID.randomUUID();
        AtomicReference<Instant> lastHeard = new AtomicReference<>(Instant.now().minus(Duration.ofHours(2)));
        presence.join(conversation, 7L, PresenceService.Place.TABLE, lastHeard::get);
        presence.sweep();

        lastHeard.set(Instant.now());
        presence.sweep();

        assertThat(presence.present(conversation)).as("forgotten, not merely away").isEmpty();
    }
}
