package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that follow what others do: follow mode lands the question in focus in full view, presence says where
 * in the conversation a participant is, and "Mine samtaler" follows invitations, moves and cancellations.
 */
class FollowingBrowserTest extends BrowserTest {

    private static final Pattern IN_FOCUS = Pattern.compile("(^|\\s)in-focus(\\s|$)");
    private static final String FOLLOW = "Følg lederens fokus";

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    ConversationService conversations;

    @Test
    void followModeLandsTheFollowedQuestionFullyVisibleBelowTheFocusBannerOnADesktopAndOnAPhone() {
        UUID id = fixtures.online("mos", "jph");
        List<Page> pages = openTable(id, "mos", "jph");
        // the leader sets the focus: nothing to follow
        assertThat(pages.get(0).getByLabel(FOLLOW)).hasCount(0);
        Page desktop = pages.get(1);
        Page phone = openTable(id, "jph").get(0);
        phone.setViewportSize(390, 844);
        List<Long> questions = table.state(id, personId("mos")).concept().allQuestions().stream()
                .map(q -> q.id()).toList();
        for (Page page : List.of(desktop, phone)) {
            page.getByLabel(FOLLOW).check();
            awaitSynced(page); // the server knows they follow before the leader moves the focus
        }
        for (long question : List.of(questions.get(7), questions.get(2), questions.get(5))) {
            table.focus(id, personId("mos"), question);
            for (Page page : List.of(desktop, phone)) {
                assertThat(page.locator("#question-" + question)).hasClass(IN_FOCUS);
                Object box = settledPosition(page, "question-" + question);
                assertThat(box).as("card top, card bottom, bottom of what sticks above it, viewport height")
                        .satisfies(b -> {
                            List<?> v = (List<?>) b;
                            double top = ((Number) v.get(0)).doubleValue();
                            double bottom = ((Number) v.get(1)).doubleValue();
                            double covered = ((Number) v.get(2)).doubleValue();
                            double viewport = ((Number) v.get(3)).doubleValue();
                            assertThat(top).as("below the banner").isGreaterThanOrEqualTo(covered - 0.5);
                            assertThat(bottom).as("within the viewport").isLessThanOrEqualTo(viewport + 0.5);
                        });
            }
        }
    }

    /**
     * Once the card has stopped moving (smooth scrolling ends): its top and bottom, the bottom of whatever sticks
     * to the top of the viewport over or above it (the focus banner, the jump bar), and the viewport's height.
     */
    private static Object settledPosition(Page page, String id) {
        page.waitForFunction("id => { const top = document.getElementById(id).getBoundingClientRect().top;"
                + " const s = window.__settling || (window.__settling = {});"
                + " if (s.id !== id || s.top !== top) { s.id = id; s.top = top; s.frames = 0; return false; }"
                + " return ++s.frames >= 10; }", id);
        return page.evaluate("id => { const card = document.getElementById(id).getBoundingClientRect();"
                + " const covered = [...document.querySelectorAll('.walk-panel, .walk-jump')]"
                + "  .filter(e => ['sticky', 'fixed'].includes(getComputedStyle(e).position))"
                + "  .map(e => e.getBoundingClientRect()).filter(r => r.height > 0 && r.top <= card.top)"
                + "  .reduce((bottom, r) => Math.max(bottom, r.bottom), 0);"
                + " return [card.top, card.bottom, covered, window.innerHeight]; }", id);
    }

    @Test
    void aParticipantOnThePlanOrThePreparationShowsWhereTheyAreNotAsDisconnected() {
        UUID id = fixtures.mus("mos", "lno");
        List<Page> pages = openTable(id, "mos", "lno");
        Page leader = pages.get(0);
        Page employee = pages.get(1);

        employee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Udviklingsplan og godkendelse →")).click();
        assertThat(chip(leader, "lno")).containsText("på udviklingsplanen");
        assertThat(chip(leader, "lno")).not().hasClass(HERE);

        employee.navigate(url("samtale/" + id + "/forberedelse"));
        assertThat(chip(leader, "lno")).containsText("i forberedelsen");

        employee.navigate(url("samtale/" + id));
        assertThat(chip(leader, "lno")).hasClass(HERE);
        assertThat(chip(leader, "lno")).containsText("er her");
    }

    @Test
    void mineSamtalerShowsANewInvitationAMovedTimeAndACancellationWithoutAReload() {
        Page employee = signIn("cfr", "demo");
        assertOnFrontPage(employee);
        markNoReload(employee);
        Locator rows = employee.locator("vaadin-grid-cell-content");
        UUID id = fixtures.mus("mos", "cfr");
        Locator link = employee.locator("a.conversation-link[href$='" + id + "']");
        assertThat(link).isVisible();

        Instant later = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        conversations.reschedule(id, personId("mos"), later, 60, "Mødelokale 3", "");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(
                dk.samtalebordet.shared.ui.Formats.dateTime(later, java.util.Locale.forLanguageTag("da")))))
                .hasCount(1);

        Locator cancelled = rows.filter(new Locator.FilterOptions().setHasText("Aflyst"));
        int before = cancelled.count();
        conversations.cancel(id, personId("mos"));
        assertThat(cancelled).hasCount(before + 1);
        assertNotReloaded(employee);
    }
}
