package dk.samtalebordet.plan;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.TableState;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A locked plan equals its PDF, always: every change to a conversation and its lock are serialised on the
 * conversation, so a change that arrives while the last approval is being stored waits, and is then refused.
 */
@IntegrationTest
class PlanLockRaceTest {

    private static final long WAIT_SECONDS = 30;

    @Autowired
    PlanService plans;
    @Autowired
    DataSource dataSource;
    /** How this database tells that a session waits for a lock: H2's and PostgreSQL's own views. */
    private String waitingSql;
    @Autowired
    LiveTableService table;
    @Autowired
    NoteService notes;
    @Autowired
    AgreementService agreements;
    @Autowired
    PreparationService preparations;
    @Autowired
    ConversationService conversations;
    @Autowired
    ArchiveService archive;
    @Autowired
    PlanDocuments documents;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    /** A change someone makes at the table; {@code c} is a conversation proposed and approved by its leader. */
    @FunctionalInterface
    interface Change {
        void make(Ctx c);
    }

    record Ctx(LiveTableService table, NoteService notes, AgreementService agreements,
               PreparationService preparations, PlanService plans, ConversationService conversations, UUID id,
               long leader, long employee, AgreementView agreement, long question, long perspective) {
    }

    static Stream<Named<Change>> changes() {
        return Stream.of(
                Named.of("focus", c -> c.table().focus(c.id, c.leader, c.question)),
                Named.of("lay a question on the table", c -> c.table().setOnTable(c.id, c.leader, c.question, true)),
                Named.of("mark a question discussed", c -> c.table().setDiscussed(c.id, c.leader, c.question, true)),
                Named.of("reword a question", c -> c.table().reword(c.id, c.leader, c.question, "Hvordan går det?")),
                Named.of("lay a stikord", c -> c.table().setPiece(c.id, c.leader, PieceKind.STIKORD, "Motivation",
                        true)),
                Named.of("write a note", c -> c.notes().saveNote(c.id, c.leader, c.perspective, "Sent", 0)),
                Named.of("add an agreement", c -> c.agreements().addAgreement(c.id, c.leader, null,
                        agreement("Sneget ind"))),
                Named.of("change an agreement", c -> c.agreements().updateAgreement(c.id, c.leader, c.agreement.id(),
                        agreement("Ændret"), c.agreement.version())),
                Named.of("remove an agreement", c -> c.agreements().removeAgreement(c.id, c.leader, c.agreement.id())),
                Named.of("choose stikord", c -> c.preparations().chooseStikord(c.id, c.employee,
                        List.of("Motivation", "Feedback", "Ansvar"))),
                Named.of("share stikord", c -> c.preparations().share(c.id, c.leader)),
                Named.of("write the minutes", c -> c.plans().saveMinutes(c.id, c.leader, "Referat", null, "")),
                Named.of("propose again", c -> c.plans().propose(c.id, c.leader)),
                Named.of("move the conversation", c -> c.conversations().reschedule(c.id, c.leader,
                        Instant.now().plus(2, ChronoUnit.DAYS), 60, "Lokale 2", "")),
                Named.of("cancel the conversation", c -> c.conversations().cancel(c.id, c.leader)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeArrivingWhileTheLastApprovalIsStoredWaitsAndIsThenRefused(Change change) throws Exception {
        Ctx c = proposedAndApprovedByTheLeader();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch approved = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Future<?> lastApproval = threads.submit(() -> transactions.executeWithoutResult(tx -> {
                plans.approve(c.id, c.employee);
                approved.countDown();
                await(commit);
            }));
            assertThat(approved.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the last approval is stored").isTrue();

            Future<?> racing = threads.submit(() -> change.make(c));
            awaitWaitingOrDone(racing);
            commit.countDown();
            lastApproval.get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertThat(outcome(racing)).as("the change that met the lock").isInstanceOf(
                    ConversationException.NotEditable.class);
            assertLockedPlanEqualsItsPdf(c);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void manyRoundsOfChangesRacingTheLastApprovalNeverChangeALockedPlan() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 15; round++) {
                Ctx c = proposedAndApprovedByTheLeader();
                CyclicBarrier start = new CyclicBarrier(4);
                List<Callable> workers = List.of(
                        () -> { // the participants approve until the plan is locked (a change may withdraw them)
                            await(start);
                            for (int i = 0; table.state(c.id, c.leader).status() != ConversationStatus.LOCKED; i++) {
                                plans.approve(c.id, i % 2 == 0 ? c.employee : c.leader);
                            }
                        },
                        () -> untilRefused(start, i -> table.setPiece(c.id, c.leader, PieceKind.STIKORD,
                                i % 2 == 0 ? "Motivation" : "Ansvar", true)),
                        () -> untilRefused(start, i -> notes.saveNote(c.id, c.employee, c.perspective,
                                "Note " + i, table.state(c.id, c.employee).notes().get(c.perspective).version())),
                        () -> untilRefused(start, i -> agreements.addAgreement(c.id, c.leader, null,
                                agreement("Aftale " + i))));
                List<Future<Object>> running = workers.stream().map(w -> threads.submit(() -> {
                    w.call();
                    return null;
                })).toList();
                for (Future<Object> f : running) {
                    f.get(WAIT_SECONDS, TimeUnit.SECONDS);
                }
                assertLockedPlanEqualsItsPdf(c);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @FunctionalInterface
    interface Callable {
        void call() throws Exception;
    }

    @FunctionalInterface
    interface Numbered {
        void run(int i);
    }

    /**
     * Makes a change again and again until the conversation refuses it because it is locked, at most a bounded
     * number of times, so that the approvals, withdrawn by every change, get their turn on 2 cores too.
     */
    private static void untilRefused(CyclicBarrier start, Numbered change) {
        await(start);
        for (int i = 0; i < 60; i++) {
            try {
                change.run(i);
            } catch (ConversationException.NotEditable locked) {
                return;
            } catch (ConversationException.EditConflict | ConversationException.FieldBusy crossed) {
                // another save crossed this one; try again from what is stored now
            }
        }
    }

    private void assertLockedPlanEqualsItsPdf(Ctx c) throws Exception {
        TableState state = table.state(c.id, c.leader);
        assertThat(state.status()).isEqualTo(ConversationStatus.LOCKED);
        PlanOverview plan = plans.overview(c.id, c.leader);
        assertThat(plan.approvals().keySet()).as("approvals of a locked plan")
                .containsExactlyInAnyOrder(c.leader, c.employee);
        String fingerprint = documents.data(state, plan, state.lockedAt(), null, null, PdfText.DANISH).fingerprint();
        byte[] pdf = archive.download(archive.documentsOf(c.id, c.leader).get(0).id(), c.leader).bytes();
        assertThat(PlanPdfWriterTest.text(pdf).replaceAll("\\s", ""))
                .as("the filed PDF states exactly what the locked plan holds").contains(fingerprint);
    }

    private Ctx proposedAndApprovedByTheLeader() {
        UUID id = fixtures.mus("mos", "lno");
        long leader = fixtures.id("mos");
        long employee = fixtures.id("lno");
        AgreementView a = agreements.addAgreement(id, employee, null, agreement("Kursus i drift af grønne områder"));
        preparations.chooseStikord(id, leader, List.of("Motivation", "Feedback", "Ansvar"));
        TableState state = table.state(id, leader);
        plans.propose(id, leader);
        plans.approve(id, leader);
        return new Ctx(table, notes, agreements, preparations, plans, conversations, id, leader, employee, a,
                state.concept().allQuestions().get(0).id(), state.concept().perspectives().get(0).id());
    }

    /**
     * Returns when the change has finished, or is waiting for a database lock (held by the open approval), so
     * the approval commits only once the change is under way. No timing is guessed: the database says it.
     */
    private void awaitWaitingOrDone(Future<?> change) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!change.isDone() && waitingForALock() == 0) {
            if (System.nanoTime() > deadline) {
                fail("the change neither finished nor waited for the lock");
            }
            Thread.onSpinWait();
        }
    }

    private int waitingForALock() {
        if (waitingSql == null) {
            try (Connection connection = dataSource.getConnection()) {
                waitingSql = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                        ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and datname = current_database()"
                        : "select count(*) from information_schema.sessions where blocker_id is not null";
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return jdbc.sql(waitingSql).query(Integer.class).single();
    }

    private static Throwable outcome(Future<?> f) throws Exception {
        try {
            f.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgreementFields agreement(String what) {
        return new AgreementFields(what, "Lars", "I år", "Lars Nørgaard", "På næste MUS");
    }
}
