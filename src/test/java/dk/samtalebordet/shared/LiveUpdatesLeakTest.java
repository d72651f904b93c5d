package dk.samtalebordet.shared;

import com.vaadin.flow.component.UI;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.PresenceService;
import dk.samtalebordet.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A view follows its conversation while attached, and leaves no listener or presence behind. */
class LiveUpdatesLeakTest extends KaribuTest {

    @Autowired
    InMemoryLiveEventBus bus;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PresenceService presence;

    @Test
    void leavingTheConversationUnsubscribesAndEndsPresence() {
        UUID conversation = fixtures.mus("sba", "eyi");
        login("eyi");

        UI.getCurrent().navigate("samtale/" + conversation);
        assertThat(bus.listenerCount(conversation)).isEqualTo(1);
        assertThat(presence.present(conversation)).containsExactly(fixtures.id("eyi"));

        UI.getCurrent().navigate("koncepter");
        assertThat(bus.listenerCount(conversation)).isZero();
        assertThat(presence.present(conversation)).isEmpty();
    }

    @Test
    void goingStraightToAnotherConversationFollowsTheNewOneOnly() {
        UUID first = fixtures.mus("sba", "eyi");
        UUID second = fixtures.mus("sba", "eyi");
        login("eyi");

        UI.getCurrent().navigate("samtale/" + first);
        UI.getCurrent().navigate("samtale/" + second);

        assertThat(bus.listenerCount(first)).isZero();
        assertThat(presence.present(first)).isEmpty();
        assertThat(bus.listenerCount(second)).isEqualTo(1);
        assertThat(presence.present(second)).containsExactly(fixtures.id("eyi"));
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        Object topic = new Object();
        StringBuilder seen = new StringBuilder();
        LiveEventBus.Subscription broken = bus.subscribe(topic, e -> {
            throw new IllegalStateException("a closed tab");
        });
        LiveEventBus.Subscription working = bus.subscribe(topic, e -> seen.append(e));

        bus.publish(topic, "hej");

        assertThat(seen).hasToString("hej");
        broken.cancel();
        working.cancel();
        assertThat(bus.listenerCount(topic)).isZero();
    }
}
