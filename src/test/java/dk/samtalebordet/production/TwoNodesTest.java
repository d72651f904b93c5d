package dk.samtalebordet.production;

import dk.samtalebordet.App;
import dk.samtalebordet.PostgresServer;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.note.NoteModel.NoteChanged;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes of one municipality on one PostgreSQL, each with its own live bus, presence and typing leases on the
 * database (samtalebordet.cluster.enabled): a change stored on one is announced on the other, a note saved on
 * both from the same version is settled by compare-and-set, a lease taken on one is honoured by a save on the
 * other, and a node whose listening connection is lost listens again and tells its pages to read anew.
 */
class TwoNodesTest {

    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        String database = PostgresServer.newDatabase();
        a = node(database, "a");
        b = node(database, "b");
    }

    @AfterAll
    static void stop() {
        NODES.forEach(ConfigurableApplicationContext::close);
    }

    static ConfigurableApplicationContext node(String database, String name) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--samtalebordet.cluster.enabled=true",
                "--samtalebordet.cluster.node-name=" + name));
        PostgresServer.properties(database).forEach((k, v) -> arguments.add("--" + k + "=" + v));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(App.class).profiles("demo")
                .run(arguments.toArray(String[]::new));
        NODES.add(node);
        return node;
    }

    @Test
    void aNoteSavedOnOneNodeIsAnnouncedOnTheOtherAndASaveFromTheSameVersionThereIsRefused() throws Exception {
        ConversationFixtures fixtures = a.getBean(ConversationFixtures.class);
        UUID conversation = fixtures.mus("mos", "jph");
        long leader = fixtures.id("mos");
        long employee = fixtures.id("jph");
        long perspective = a.getBean(LiveTableService.class).state(conversation, leader).concept().perspectives()
                .get(0).id();
        BlockingQueue<LiveEvent> onB = new LinkedBlockingQueue<>();
        LiveEventBus.Subscription following = b.getBean(LiveEventBus.class)
                .subscribe(LiveEvent.conversation(conversation), onB::add);

        a.getBean(NoteService.class).saveNote(conversation, leader, perspective, "Skrevet på node A", 0);

        assertThat(next(onB, NoteChanged.class)).isEqualTo(new NoteChanged(conversation, perspective, 1));
        assertThat(b.getBean(NoteService.class).note(conversation, employee, perspective).text())
                .isEqualTo("Skrevet på node A");
        assertThatThrownBy(() -> b.getBean(NoteService.class).saveNote(conversation, employee, perspective,
                "Skrevet på node B fra samme udgave", 0))
                .as("compare-and-set across nodes").isInstanceOf(ConversationException.EditConflict.class);
        assertThat(a.getBean(NoteService.class).note(conversation, leader, perspective).text())
                .isEqualTo("Skrevet på node A");
        following.cancel();
    }

    @Test
    void whoIsHereAndWhoTypesIsTheSameOnBothNodesAndALeaseOnOneIsHonouredOnTheOther() {
        ConversationFixtures fixtures = a.getBean(ConversationFixtures.class);
        UUID conversation = fixtures.mus("sba", "khj");
        long leader = fixtures.id("sba");
        long employee = fixtures.id("khj");
        long perspective = a.getBean(LiveTableService.class).state(conversation, leader).concept().perspectives()
                .get(0).id();
        PresenceService presenceA = a.getBean(PresenceService.class);
        PresenceService presenceB = b.getBean(PresenceService.class);
        presenceA.join(conversation, leader, PresenceService.Place.TABLE, Instant::now);
        presenceB.join(conversation, employee, PresenceService.Place.TABLE, Instant::now);

        assertThat(presenceA.present(conversation)).containsExactly(leader, employee);
        assertThat(presenceB.present(conversation)).containsExactly(leader, employee);

        String field = PresenceService.noteField(perspective);
        assertThat(presenceB.claim(conversation, field, employee)).as("the employee types on B").isEmpty();
        assertThat(presenceA.typing(conversation)).containsEntry(field, employee);
        assertThat(presenceA.claim(conversation, field, leader)).as("held on B").contains(employee);
        assertThatThrownBy(() -> a.getBean(NoteService.class).saveNote(conversation, leader, perspective,
                "Mads' tekst", 0)).isInstanceOf(ConversationException.FieldBusy.class);

        presenceB.release(conversation, field, employee);
        a.getBean(NoteService.class).saveNote(conversation, leader, perspective, "Mads' tekst", 0);
    }

    @Test
    void aNodeThatLostItsListeningConnectionListensAgainAndTellsItsPagesToReadAnew() throws Exception {
        UUID conversation = a.getBean(ConversationFixtures.class).mus("mos", "cfr");
        String topic = LiveEvent.conversation(conversation);
        BlockingQueue<LiveEvent> onB = new LinkedBlockingQueue<>();
        LiveEventBus.Subscription following = b.getBean(LiveEventBus.class).subscribe(topic, onB::add);

        // the database ends node B's listening session, as a restart or a network cut would
        int ended = b.getBean(JdbcClient.class).sql("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                + "where application_name like 'samtalebordet-b-%'")
                .query(Integer.class).single();
        assertThat(ended).isEqualTo(1);

        assertThat(next(onB, LiveEvent.Missed.class)).isEqualTo(new LiveEvent.Missed(topic));
        long leader = a.getBean(ConversationFixtures.class).id("mos");
        a.getBean(LiveTableService.class).focus(conversation, leader, null);
        assertThat(next(onB, LiveEvent.class)).as("and hears the other node again").isNotNull();
        following.cancel();
    }

    /** The next event of the type on the queue, within 10 s; other events before it are skipped. */
    private static <T> T next(BlockingQueue<LiveEvent> queue, Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            LiveEvent event = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 10 s");
    }
}
