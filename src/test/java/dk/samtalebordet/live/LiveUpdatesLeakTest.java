package dk.samtalebordet.live;

import com.vaadin.flow.component.UI;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A view follows its conversation while attached, and leaves no listener or presence behind. */
class LiveUpdatesLeakTest extends KaribuTest {

    @Autowired
    LocalFollowers followers;
    @Autowired
    LiveEventBus bus;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PresenceService presence;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void leavingTheConversationUnsubscribesAndEndsPresence() {
        UUID conversation = fixtures.mus("sba", "eyi");
        login("eyi");

        UI.getCurrent().navigate("samtale/" + conversation);
        assertThat(followers.listenerCount(LiveEvent.conversation(conversation))).isEqualTo(1);
        assertThat(presence.present(conversation)).containsExactly(fixtures.id("eyi"));

        UI.getCurrent().navigate("koncepter");
        assertThat(followers.listenerCount(LiveEvent.conversation(conversation))).isZero();
        assertThat(presence.present(conversation)).isEmpty();
    }

    @Test
    void goingStraightToAnotherConversationFollowsTheNewOneOnly() {
        UUID first = fixtures.mus("sba", "eyi");
        UUID second = fixtures.mus("sba", "eyi");
        login("eyi");

        UI.getCurrent().navigate("samtale/" + first);
        UI.getCurrent().navigate("samtale/" + second);

        assertThat(followers.listenerCount(LiveEvent.conversation(first))).isZero();
        assertThat(presence.present(first)).isEmpty();
        assertThat(followers.listenerCount(LiveEvent.conversation(second))).isEqualTo(1);
        assertThat(presence.present(second)).containsExactly(fixtures.id("eyi"));
    }

    record Said(String topic, String text) implements LiveEvent {
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        String topic = "test:" + UUID.randomUUID();
        StringBuffer seen = new StringBuffer();
        LiveEventBus.Subscription broken = bus.subscribe(topic, e -> {
            throw new IllegalStateException("a closed tab");
        });
        LiveEventBus.Subscription working = bus.subscribe(topic, e -> seen.append(((Said) e).text()));

        bus.announce(new Said(topic, "hej"));
        bus.announce(new Said(topic, " igen"));

        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(seen).as("both, in order").hasToString("hej igen");
        broken.cancel();
        working.cancel();
        assertThat(followers.listenerCount(topic)).isZero();
    }

    @Test
    void anEventAnnouncedInATransactionArrivesAfterTheCommitAndNeverAfterARollback() {
        String topic = "test:" + UUID.randomUUID();
        List<String> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        LiveEventBus.Subscription s = bus.subscribe(topic, e -> {
            seen.add(((Said) e).text());
            threads.add(Thread.currentThread().getName());
        });
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            bus.announce(new Said(topic, "gemt"));
            assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(seen).as("not before the commit").isEmpty();
        });
        transaction.executeWithoutResult(status -> {
            bus.announce(new Said(topic, "rullet tilbage"));
            status.setRollbackOnly();
        });

        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(seen).containsExactly("gemt");
        assertThat(threads).as("delivered off the thread that made the change")
                .noneMatch(Thread.currentThread().getName()::equals);
        s.cancel();
    }
}
