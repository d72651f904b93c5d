package dk.samtalebordet.table;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.TableState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Many people (threads) change one conversation at the same moment; no update is ever lost. */
@IntegrationTest
class LiveTableConcurrencyTest {

    private static final int THREADS = 8;

    @Autowired
    LiveTableService table;
    @Autowired
    NoteService notes;
    @Autowired
    AgreementService agreements;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveEventBus bus;

    @Test
    void everyAgreementAddedAtOnceIsStoredAndPublishedExactlyOnce() throws Exception {
        UUID conversation = fixtures.create(dk.samtalebordet.concept.ConversationKind.GRUS, "albertslund-mus",
                "sba", "khj", "rda", "eyi");
        long[] people = {fixtures.id("sba"), fixtures.id("khj"), fixtures.id("rda"), fixtures.id("eyi")};
        List<Long> perspectives = table.state(conversation, people[0]).concept().perspectives().stream()
                .map(p -> p.id()).toList();
        AtomicInteger published = new AtomicInteger();
        LiveEventBus.Subscription subscription = bus.subscribe(LiveEvent.conversation(conversation), e -> {
            if (e instanceof AgreementModel.AgreementChanged) {
                published.incrementAndGet();
            }
        });
        try {
            runAtOnce(THREADS, thread -> {
                for (int i = 0; i < 25; i++) {
                    agreements.addAgreement(conversation, people[thread % people.length],
                            perspectives.get(i % perspectives.size()),
                            new AgreementFields("Aftale " + thread + "-" + i, "", "", "Sofie", ""));
                }
            });
            assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        } finally {
            subscription.cancel();
        }

        TableState state = table.state(conversation, people[0]);
        assertThat(state.agreements()).hasSize(THREADS * 25);
        assertThat(state.agreements()).extracting(a -> a.fields().what()).doesNotHaveDuplicates();
        assertThat(published).hasValue(THREADS * 25);
    }

    @Test
    void piecesAndQuestionFlagsChangedTogetherAreAllKept() throws Exception {
        UUID conversation = fixtures.mus("mos", "lno");
        long leader = fixtures.id("mos");
        long employee = fixtures.id("lno");
        TableState before = table.state(conversation, leader);
        List<String> stikord = before.concept().stikord();
        List<Long> questions = before.concept().allQuestions().stream().map(q -> q.id()).toList();

        runAtOnce(THREADS, thread -> {
            long who = thread % 2 == 0 ? leader : employee;
            for (String s : stikord) {
                table.setPiece(conversation, who, PieceKind.STIKORD, s, true);
            }
            for (long q : questions) {
                if (thread % 2 == 0) {
                    table.setOnTable(conversation, who, q, true);
                } else {
                    table.reword(conversation, leader, q, "Med vores ord: " + q);
                }
                table.focus(conversation, who, q);
            }
        });

        TableState after = table.state(conversation, employee);
        assertThat(after.pieces()).hasSize(stikord.size());
        assertThat(after.pieces()).extracting(TableModel.PlacedPiece::key).containsExactlyInAnyOrderElementsOf(stikord);
        assertThat(after.questions().values()).allSatisfy(q -> {
            assertThat(q.onTable()).as("laid on the table by one thread").isTrue();
            assertThat(q.wording()).as("reworded by another at the same time").startsWith("Med vores ord: ");
        });
        assertThat(after.focusedQuestionId()).isIn(questions);
    }

    @Test
    void concurrentNoteSavesEitherLandOrAreRefusedNeverSilentlyLost() throws Exception {
        UUID conversation = fixtures.mus("mos", "ama");
        long[] people = {fixtures.id("mos"), fixtures.id("ama")};
        long perspective = table.state(conversation, people[0]).concept().perspectives().get(0).id();
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<String> landed = java.util.Collections.synchronizedList(new ArrayList<>());

        runAtOnce(THREADS, thread -> {
            for (int i = 0; i < 20; i++) {
                long who = people[thread % 2];
                long version = table.state(conversation, who).notes().get(perspective).version();
                String text = "tråd " + thread + " skrivning " + i;
                try {
                    notes.saveNote(conversation, who, perspective, text, version);
                    saved.incrementAndGet();
                    landed.add(text);
                } catch (ConversationException.EditConflict e) {
                    refused.incrementAndGet();
                }
            }
        });

        var note = table.state(conversation, people[0]).notes().get(perspective);
        assertThat(saved.get() + refused.get()).isEqualTo(THREADS * 20);
        assertThat(note.version()).as("every accepted save is one version, none vanished").isEqualTo(saved.get());
        assertThat(landed).contains(note.text());
        assertThat(saved.get()).isPositive();
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    private static void runAtOnce(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> task = () -> {
                    start.await();
                    work.run(thread);
                    return null;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
