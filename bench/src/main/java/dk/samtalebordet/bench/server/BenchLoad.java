package dk.samtalebordet.bench.server;

import dk.samtalebordet.agreement.AgreementModel;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.NewConversation;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PieceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates the harness's conversations and drives background load: each background conversation gets one
 * change in each period (a second unless asked otherwise) from its leader, alternately a stikord placed or taken back and a question focused, through
 * {@link LiveTableService} like any participant's click, so every change is stored, published after commit
 * and pushed by the broadcaster to the pages that show that conversation.
 */
@Component
public class BenchLoad implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BenchLoad.class);

    private final ConversationService conversations;
    private final LiveTableService table;
    private final AgreementService agreements;
    private final ConceptService concepts;
    private final PeopleService people;
    private final PresenceService presence;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "bench-load");
        thread.setDaemon(true);
        return thread;
    });
    private final List<UUID> background = new ArrayList<>();
    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private long startedNanos;
    private long changesAtStart;

    public BenchLoad(ConversationService conversations, LiveTableService table, AgreementService agreements,
                     ConceptService concepts, PeopleService people, PresenceService presence, Clock clock) {
        this.agreements = agreements;
        this.conversations = conversations;
        this.table = table;
        this.concepts = concepts;
        this.people = people;
        this.presence = presence;
        this.clock = clock;
    }

    /** A MUS of Mads Østergaard with Jens Peter Hansen, or a GRUS of Sofie Bech Andersen's group. */
    public UUID newConversation(String kind) {
        long concept = concepts.findLatest("albertslund-mus").orElseThrow().id();
        boolean group = "GRUS".equalsIgnoreCase(kind);
        List<Long> employees = group ? List.of(id("khj"), id("rda"), id("eyi")) : List.of(id("jph"));
        return conversations.create(new NewConversation(group ? ConversationKind.GRUS : ConversationKind.MUS,
                concept, Variant.PUSLESPIL, Form.VED_BORDET, clock.instant().plus(Duration.ofHours(1)),
                NewConversation.DEFAULT_DURATION_MINUTES, "Benchmark", null, employees), id(group ? "sba" : "mos"));
    }

    /** Stops any load, then gives {@code count} background conversations one change every {@code periodMillis}. */
    public synchronized List<UUID> start(int count, long periodMillis) {
        running.forEach(future -> future.cancel(false));
        running.clear();
        while (background.size() < count) {
            background.add(newConversation("MUS"));
        }
        long leader = id("mos");
        // a fresh database has no workplace questions, so the department's conversations use this version
        ConceptDetails concept = concepts.findLatest("albertslund-mus").orElseThrow();
        List<String> stikord = concept.stikord();
        List<Long> questions = concept.allQuestions().stream().map(ConceptDetails.QuestionDetails::id).toList();
        List<UUID> active = List.copyOf(background.subList(0, count));
        for (int i = 0; i < active.size(); i++) {
            UUID conversation = active.get(i);
            AtomicLong step = new AtomicLong();
            long offsetMillis = i * periodMillis / Math.max(1, active.size());
            running.add(scheduler.scheduleAtFixedRate(() -> change(conversation, leader, step.getAndIncrement(),
                    stikord, questions), offsetMillis, periodMillis, TimeUnit.MILLISECONDS));
        }
        startedNanos = System.nanoTime();
        changesAtStart = changes.get();
        return active;
    }

    private void change(UUID conversation, long leader, long step, List<String> stikord, List<Long> questions) {
        try {
            if (step % 2 == 0) {
                String key = stikord.get((int) (step / 2 % stikord.size()));
                table.setPiece(conversation, leader, PieceKind.STIKORD, key, step / 2 / stikord.size() % 2 == 0);
            } else {
                table.focus(conversation, leader, questions.get((int) (step / 2 % questions.size())));
            }
            changes.incrementAndGet();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            log.warn("Background change failed", e);
        }
    }

    /**
     * Times {@code n} changes of one kind ("focus", "stikord" or "agreement") made straight through the service in
     * a new conversation nobody has open (the stored change and its transaction without any push), or in the
     * given one, with the work of pushing to the pages that show it.
     */
    public String timeService(String kind, int n, UUID given) {
        UUID conversation = given == null ? newConversation("MUS") : given;
        long leader = id("mos");
        ConceptDetails concept = concepts.findLatest("albertslund-mus").orElseThrow();
        List<Long> questions = concept.allQuestions().stream().map(ConceptDetails.QuestionDetails::id).toList();
        long perspective = concept.perspectives().get(0).id();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            switch (kind) {
                case "focus" -> table.focus(conversation, leader, questions.get(i % questions.size()));
                case "stikord" -> table.setPiece(conversation, leader, PieceKind.STIKORD, "Motivation", i % 2 == 0);
                case "agreement" -> {
                    if (i % 25 == 0) {
                        conversation = newConversation("MUS");
                    }
                    agreements.addAgreement(conversation, leader, perspective, new AgreementModel.AgreementFields(
                            "Aftale " + i, "Jens Peter", "Inden 1. marts", "Mads", null, "Ved næste MUS", "", null));
                }
                default -> throw new IllegalArgumentException(kind);
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return "%s n=%d p50=%.2f p95=%.2f max=%.2f".formatted(kind, n, sorted.get(n / 2),
                sorted.get((int) Math.ceil(n * 0.95) - 1), sorted.get(n - 1));
    }

    /**
     * "changes=N failures=N rate=R followed=F" since the last start, R in changes per second, F the background
     * conversations that someone has open right now (their pages still beat their heart).
     */
    public synchronized String status() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        long made = changes.get() - changesAtStart;
        long followed = background.stream().filter(id -> !presence.present(id).isEmpty()).count();
        return "changes=%d failures=%d rate=%.1f followed=%d".formatted(made, failures.get(),
                running.isEmpty() || seconds <= 0 ? 0.0 : made / seconds, followed);
    }

    private long id(String username) {
        return people.findAccount(username).map(Account::personId).orElseThrow();
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
