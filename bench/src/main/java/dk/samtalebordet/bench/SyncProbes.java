package dk.samtalebordet.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four sync samples, each from a click in the leader's page to the change in the employee's page: the
 * bare counter, a stikord highlighted or taken back, a question focused, and an agreement added. Both ends are
 * timestamped with {@code performance.timeOrigin + performance.now()} in the same browser, one clock: the
 * click in a capturing listener, the change in a MutationObserver. A new MUS is started every
 * {@link #ROUNDS_PER_CONVERSATION} rounds, so a plan grows to a realistic size and no further.
 */
final class SyncProbes {

    static final String BARE = "Bare baseline (counter)";
    static final String STIKORD = "Highlight a stikord";
    static final String FOCUS = "Focus a question";
    static final String AGREEMENT = "Add an agreement";
    static final List<String> ACTIONS = List.of(BARE, STIKORD, FOCUS, AGREEMENT);

    static final int ROUNDS_PER_CONVERSATION = 25;
    private static final String STIKORD_KEY = "Motivation";
    /** Resolves once the page has drawn two more frames: what was scrolled or hovered is on the screen. */
    private static final String SETTLED = "() => new Promise(done => requestAnimationFrame(() => "
            + "requestAnimationFrame(() => done(true))))";

    private final Browsers browsers;
    private final Page control;
    private final Page leaderTable;
    private final Page employeeTable;
    private final Page leaderBare;
    private final Page employeeBare;
    private int round;
    private boolean stale;
    private String conversation;
    private List<String> questionIds = List.of();
    private int nextQuestion;
    private final List<String> lost = new ArrayList<>();

    SyncProbes(Browsers browsers, Page control, Page leader, Page employee) {
        this.browsers = browsers;
        this.control = control;
        this.leaderTable = leader;
        this.employeeTable = employee;
        // a device of its own for each page: Chromium animates only the front tab of a window, and Playwright's
        // actionability checks wait for animation frames
        this.leaderBare = browsers.signedIn("mos", "bench/bare");
        this.employeeBare = browsers.signedIn("jph", "bench/bare");
        leaderBare.locator("#bench-increment").waitFor();
        employeeBare.locator("#bench-count").waitFor();
    }

    /**
     * One sample, in ms: the whole of it, and its parts: the sending page (click to the message leaving it),
     * network and server (to the push message arriving in the other page), and the receiving page (to the change).
     */
    record Sample(double total, double sending, double serverAndNetwork, double receiving) {
    }

    /**
     * One sample of every action, in the same order each round. A change that does not reach the other page
     * within 30 s is not a sample: it ends the round, is kept with what the pages said about it
     * ({@link #takeLost()}), and the next round starts on a new conversation.
     */
    Map<String, Sample> round() {
        if (stale || round % ROUNDS_PER_CONVERSATION == 0) {
            newConversation();
            stale = false;
        }
        round++;
        Map<String, Sample> samples = new LinkedHashMap<>();
        try {
            samples.put(BARE, bare());
            samples.put(STIKORD, stikord());
            samples.put(FOCUS, focus());
            samples.put(AGREEMENT, agreement());
        } catch (LostChange e) {
            lose(e.getMessage());
            stale = true;
        }
        return samples;
    }

    private void lose(String diagnosis) {
        lost.add(diagnosis);
        System.out.println("   LOST: " + diagnosis);
    }

    /** The changes lost since the last call, each with what the pages said about it. */
    List<String> takeLost() {
        List<String> taken = List.copyOf(lost);
        lost.clear();
        return taken;
    }

    private void newConversation() {
        conversation = browsers.control(control, "new=MUS");
        browsers.open(leaderTable, "samtale/" + conversation);
        browsers.open(employeeTable, "samtale/" + conversation);
        // both are here before anything is measured
        bothHere(leaderTable);
        bothHere(employeeTable);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) leaderTable.evaluate(
                "() => Array.from(document.querySelectorAll('.live-question')).map(q => q.id)");
        questionIds = new ArrayList<>(ids);
        nextQuestion = 0;
    }

    private Sample bare() {
        String before = employeeBare.locator("#bench-count").textContent();
        return measure(BARE, leaderBare, employeeBare,
                "document.getElementById('bench-count').textContent !== " + js(before),
                leaderBare.locator("#bench-increment"));
    }

    private Sample stikord() {
        String selector = ".stikord-piece[data-key='" + STIKORD_KEY + "']";
        boolean placed = (Boolean) employeeTable.evaluate(
                "s => document.querySelector(s).classList.contains('placed')", selector);
        String becomes = "document.querySelector(" + js(selector) + ").classList.contains('placed') === " + !placed;
        Sample sample = measure(STIKORD, leaderTable, employeeTable, becomes, leaderTable.locator(selector));
        leaderTable.waitForFunction("() => " + becomes);
        return sample;
    }

    private Sample focus() {
        String id = questionIds.get(nextQuestion++ % questionIds.size());
        Locator card = leaderTable.locator("#" + id);
        return measure(FOCUS, leaderTable, employeeTable,
                "document.getElementById(" + js(id) + ").classList.contains('in-focus')",
                card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fokus").setExact(true)));
    }

    private Sample agreement() {
        Locator perspective = leaderTable.locator(".live-perspective").first();
        perspective.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj aftale")).click();
        Locator form = perspective.locator(".agreement-form");
        form.getByLabel("Hvad aftaler I?", new Locator.GetByLabelOptions().setExact(true))
                .fill("Aftale " + round + ": kursus i projektledelse");
        form.getByLabel("Hvem", new Locator.GetByLabelOptions().setExact(true)).fill("Jens Peter");
        form.getByLabel("Hvornår", new Locator.GetByLabelOptions().setExact(true)).fill("Inden 1. marts");
        form.getByLabel("Ansvar", new Locator.GetByLabelOptions().setExact(true)).fill("Mads");
        form.getByLabel("Hvordan følges der op?", new Locator.GetByLabelOptions().setExact(true))
                .fill("Ved næste MUS");
        Number rows = (Number) employeeTable.evaluate("() => document.querySelectorAll('.agreement-row').length");
        Sample sample = measure(AGREEMENT, leaderTable, employeeTable,
                "document.querySelectorAll('.agreement-row').length > " + rows.intValue(),
                form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem").setExact(true)));
        Browsers.waitHidden(leaderTable, ".agreement-form");
        return sample;
    }

    /**
     * Waits until the page shows both participants present. A page that has not within 30 s is kept like a lost
     * change, with what it showed, and is reloaded once.
     */
    private void bothHere(Page page) {
        try {
            awaitBothHere(page);
        } catch (TimeoutError e) {
            String shown = (String) page.evaluate("() => document.querySelectorAll('.live-question').length "
                    + "+ ' questions, presence: ' + Array.from(document.querySelectorAll('.presence-chip'))"
                    + ".map(c => c.className + ' ' + c.textContent.trim()).join('; ')");
            page.reload();
            boolean afterReload = true;
            try {
                awaitBothHere(page);
            } catch (TimeoutError again) {
                afterReload = false;
            }
            String diagnosis = String.format(Locale.ROOT, "Opening conversation %s in round %d: the %s page did not "
                    + "show both participants present within 30 s (it showed %s); after a reload %s", conversation,
                    round, page == leaderTable ? "leader's" : "employee's", shown, afterReload ? "it did" : "not");
            lose(diagnosis);
            if (!afterReload) {
                throw e;
            }
        }
    }

    private static void awaitBothHere(Page page) {
        Browsers.awaitTable(page);
        page.locator(".presence-chip.here").nth(1).waitFor();
    }

    /**
     * Arms the observer page for the condition, clicks the target in the actor page and waits for the condition.
     * The target is scrolled to and pointed at first, and the actor's page has drawn that, as a person's page has
     * before they click: Playwright's click would otherwise scroll and move the pointer in the same instant, and
     * the frame that draws the scrolled page would be counted as the click's (see docs/performance.md, 7 December).
     *
     * @return the time from the click to the change, and its parts
     * @throws LostChange if the change has not reached the observer's page within 30 s
     */
    private Sample measure(String action, Page actor, Page observer, String condition, Locator target) {
        if (!(Boolean) observer.evaluate("c => window.__bench.arm(c)", condition)) {
            throw new IllegalStateException("Already so before the click: " + condition);
        }
        target.hover(); // scrolls the target into view first, as Playwright's actions do
        actor.evaluate(SETTLED);
        actor.evaluate("() => { window.__bench.t0 = undefined; window.__bench.sent = undefined; }");
        target.click();
        try {
            observer.waitForFunction("() => window.__bench.t1 !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(Browsers.TIMEOUT_MS));
        } catch (TimeoutError e) {
            throw new LostChange(diagnose(action, actor, observer, condition));
        }
        double changed = number(observer.evaluate("() => window.__bench.t1"));
        double received = number(observer.evaluate("() => window.__bench.t1Received"));
        double clicked = number(actor.evaluate("() => window.__bench.t0"));
        double sent = number(actor.evaluate("() => window.__bench.sent"));
        if (Double.isNaN(clicked)) {
            throw new IllegalStateException("The click was not seen in the actor's page");
        }
        return new Sample(changed - clicked, sent - clicked, received - sent, changed - received);
    }

    /**
     * What the pages say about a change that did not arrive: whether the click was seen and its request sent,
     * whether the acting page shows the change, whether any push message reached the other page after the
     * click, and whether the other page shows the change once reloaded (stored, but not pushed) or not.
     */
    private String diagnose(String action, Page actor, Page observer, String condition) {
        String holds = "() => { try { return !!(" + condition + "); } catch (e) { return false; } }";
        double clicked = number(actor.evaluate("() => window.__bench.t0"));
        double sent = number(actor.evaluate("() => window.__bench.sent"));
        double received = number(observer.evaluate("() => window.__bench.received"));
        boolean actorShows = (Boolean) actor.evaluate(holds);
        boolean observerShows = (Boolean) observer.evaluate(holds);
        boolean shownAfterReload;
        observer.reload();
        try {
            observer.waitForFunction(holds, null, new Page.WaitForFunctionOptions().setTimeout(15_000));
            shownAfterReload = true;
        } catch (TimeoutError e) {
            shownAfterReload = false;
        }
        return String.format(Locale.ROOT, "%s in round %d of conversation %s: click seen %s, request sent %s, "
                        + "acting page shows the change %s, a push message reached the other page after the click %s, "
                        + "the other page shows the change %s, and after a reload %s", action, round, conversation,
                yes(!Double.isNaN(clicked)), yes(!Double.isNaN(sent)), yes(actorShows),
                yes(!Double.isNaN(received) && !Double.isNaN(clicked) && received > clicked), yes(observerShows),
                yes(shownAfterReload));
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    /** A change that did not reach the other page in time. */
    static final class LostChange extends RuntimeException {
        LostChange(String diagnosis) {
            super(diagnosis);
        }
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String js(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
