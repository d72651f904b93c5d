package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.conversation.ConversationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zoomed to 200% and 400% on a 1280 × 1024 screen (640 × 512 and 320 × 256 CSS px, WCAG 1.4.10 Reflow), the
 * pages reflow: the page never scrolls sideways, and the table stays usable (a stikord is laid, a question
 * brought into focus). Only tables of two dimensions, the skema and the lists (grids), may scroll sideways inside
 * their own frame, as WCAG 1.4.10 allows.
 */
class ReflowBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures fixtures;

    private static final int[][] ZOOMED = {{640, 512}, {320, 256}};

    @Test
    void atTwoAndFourHundredPercentNoPageScrollsSidewaysAndTheTableStaysUsable() {
        UUID mus = fixtures.mus("mos", "jph");
        List<String> wide = new ArrayList<>();
        Page login = newDevice();
        login.navigate(url("login"));
        wide.addAll(sideways(login, "login"));
        login.navigate(url("tilgaengelighed"));
        wide.addAll(sideways(login, "the accessibility statement"));

        Page leader = openTable(mus, "mos").get(0);
        for (int[] size : ZOOMED) {
            leader.setViewportSize(size[0], size[1]);
            leader.waitForFunction("w => window.innerWidth === w", size[0]);
            String where = " at " + size[0] + " px";
            wide.addAll(overflow(leader, "the table" + where));
            leader.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/reflow-table-"
                    + size[0] + ".png")));
        }
        // at 400% the table is still held: a stikord laid, a question brought into focus
        Locator motivation = stikord(leader, "Motivation");
        motivation.scrollIntoViewIfNeeded();
        motivation.click();
        assertThat(motivation).hasClass(PLACED);
        Locator firstQuestion = leader.locator(".live-question").first();
        firstQuestion.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fokus").setExact(true))
                .click();
        assertThat(firstQuestion).hasClass(java.util.regex.Pattern.compile("(^|\\s)in-focus(\\s|$)"));
        wide.addAll(overflow(leader, "the table with a question in focus at 320 px"));
        leader.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Skema")).check();
        assertThat(leader.locator(".skema-wrapper")).isVisible();
        wide.addAll(overflow(leader, "the skema at 320 px"));

        for (String path : List.of("", "samtaler/ny", "aftaler", "personalemappe", "samtale/" + mus + "/plan",
                "samtale/" + mus + "/forberedelse")) {
            leader.navigate(url(path));
            leader.locator("main").first().waitFor();
            wide.addAll(sideways(leader, "/" + path));
        }
        assertThat(wide).as("pages that scroll sideways when zoomed").isEmpty();
    }

    /** At each zoom, what makes the page wider than the window. */
    private List<String> sideways(Page page, String state) {
        List<String> found = new ArrayList<>();
        for (int[] size : ZOOMED) {
            page.setViewportSize(size[0], size[1]);
            page.waitForFunction("w => window.innerWidth === w", size[0]);
            awaitSynced(page);
            found.addAll(overflow(page, state + " at " + size[0] + " px"));
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/reflow-"
                + state.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "mus").replaceAll("[^a-z0-9]+", "-") + ".png")));
        page.setViewportSize(1280, 720);
        return found;
    }

    /**
     * Empty when nothing on the page reaches beyond the window's right edge (whichever element scrolls the page:
     * the document, the body, or the layout's content); else the innermost elements that stick out, to fix.
     */
    @SuppressWarnings("unchecked")
    private static List<String> overflow(Page page, String state) {
        awaitSynced(page);
        List<String> out = (List<String>) page.evaluate("() => {"
                + " const w = document.documentElement.clientWidth;"
                + " const all = []; const walk = root => root.querySelectorAll('*').forEach(e => { all.push(e);"
                + "   if (e.shadowRoot) walk(e.shadowRoot); }); walk(document.body);"
                + " const host = e => e.getRootNode().host;"
                + " const inOwnFrame = e => e.closest('.skema-wrapper, vaadin-grid') || (host(e) && inOwnFrame(host(e)));"
                + " const name = e => (host(e) ? name(host(e)) + ' > ' : '') + e.localName"
                + "   + (e.classList.length ? '.' + [...e.classList].join('.') : '');"
                + " const sticksOut = e => { const r = e.getBoundingClientRect(); if (r.right > w + 1) return true;"
                + "   return getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0"
                + "     && r.left + e.scrollWidth > w + 1; };"
                + " const out = all.filter(e => sticksOut(e) && !inOwnFrame(e));"
                + " return out.filter(e => !out.some(f => f !== e && e.contains(f)))" // the innermost: the cause
                + "   .slice(0, 3).map(e => name(e) + ' right=' + Math.round(e.getBoundingClientRect().right)); }");
        return out.isEmpty() ? out : List.of(state + ": " + String.join(", ", out));
    }
}
