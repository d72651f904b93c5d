package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PieceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Walk'n'talk on a phone: the question in focus with next and previous, the stikord, and a quick agreement. */
class PhoneLayoutBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;

    @Test
    void onANarrowScreenTheFocusedQuestionStikordAndAQuickAgreementComeFirst() {
        UUID id = fixtures.mus("mos", "cfr");
        table.setPiece(id, fixtures.id("mos"), PieceKind.STIKORD, "Work-life balance", true);

        Page phone = newPhone();
        phone.navigate(url("samtale/" + id));
        submitLogin(phone, "cfr", "demo");
        Locator walk = phone.locator(".walk-panel");
        assertThat(walk).containsText("Intet spørgsmål er i fokus endnu");
        assertThat(walk.locator(".walk-chip")).containsText("Work-life balance · MØ");

        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Næste ›")).click();
        assertThat(walk.locator(".walk-label")).hasText("Spørgsmål 1 af 9");
        assertThat(walk.locator(".walk-question"))
                .hasText("Hvordan trives du helt grundlæggende med dit arbejde og dine opgaver?");
        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Næste ›")).click();
        assertThat(walk.locator(".walk-label")).hasText("Spørgsmål 2 af 9");
        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("‹ Forrige")).click();
        assertThat(walk.locator(".walk-label")).hasText("Spørgsmål 1 af 9");

        walk.getByLabel("Hurtig aftale – hvad aftaler I?").fill("Gå-møde hver fredag");
        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj hurtig aftale")).click();
        assertThat(phone.locator(".agreement-row .agreement-what").getByText("Gå-møde hver fredag")).isVisible();

        BoundingBox panel = walk.boundingBox();
        assertThat(panel.x + panel.width).as("the panel fits the phone's width").isLessThanOrEqualTo(390);
        assertThat(smallTargets(phone)).as("interactive elements under 44 × 44 px").isEmpty();

        perspective(phone, "Adfærd").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Tilføj aftale")).click();
        assertThat(phone.locator(".agreement-form")).isVisible();
        assertThat(smallTargets(phone)).as("with the agreement form open").isEmpty();
        phone.locator(".agreement-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Annullér")).click();
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Skema")).check();
        assertThat(phone.locator("table.skema")).isVisible();
        assertThat(smallTargets(phone)).as("in the skema").isEmpty();
    }

    @Test
    void onAPhoneTheFocusedQuestionComesFirstAndStaysOneTapAwayAfterScrolling() {
        UUID id = fixtures.mus("mos", "cfr");
        Page phone = newPhone();
        phone.navigate(url("samtale/" + id));
        submitLogin(phone, "cfr", "demo");
        Locator walk = phone.locator(".walk-panel");
        assertThat(walk).isVisible();
        BoundingBox first = walk.boundingBox();
        BoundingBox title = phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).boundingBox();
        assertThat(first.y).as("the focus panel comes before the title").isLessThan(title.y);
        assertThat(first.y).as("at the top of the page").isLessThan(100);

        phone.locator("#question-" + table.state(id, fixtures.id("mos")).concept().allQuestions().get(8).id())
                .scrollIntoViewIfNeeded();
        Locator jump = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("↑ Til spørgsmålet i fokus"));
        assertThat(jump).isVisible();
        assertThat(jump.boundingBox().y).as("sticks to the top").isLessThan(80);
        jump.click();
        assertThat(walk).isInViewport();
    }

    /**
     * Every interactive element the page shows (buttons, links, fields, radio buttons, check boxes, menus), with
     * its size, that is smaller than 44 × 44 px. An element inside another (the native input of a radio button)
     * is measured as that one, the touch target; elements moved off the screen (the closed menu, the skip link)
     * are not shown.
     */
    private static List<?> smallTargets(Page page) {
        return (List<?>) page.evaluate("() => {"
                + " const selector = 'a[href], button, vaadin-button, vaadin-radio-button, vaadin-checkbox,"
                + "  vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-select, vaadin-date-picker,"
                + "  vaadin-date-time-picker, vaadin-combo-box, vaadin-drawer-toggle, vaadin-menu-bar-button,"
                + "  vaadin-details-summary, input:not([slot]), textarea:not([slot]), select, summary,"
                + "  [role=button], [role=link], [role=radio], [role=checkbox], [tabindex=\"0\"]';"
                + " return [...document.querySelectorAll(selector)].filter(e => {"
                + "  const r = e.getBoundingClientRect(); const s = getComputedStyle(e);"
                + "  const host = e.parentElement && e.parentElement.closest(selector);"
                + "  return !host && r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth"
                + "   && s.visibility !== 'hidden'; })"
                + " .map(e => { const r = e.getBoundingClientRect();"
                + "  return e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' \"'"
                + "   + (e.getAttribute('aria-label') || e.textContent || e.label || '').trim().slice(0, 30)"
                + "   + '\" ' + Math.round(r.width) + '×' + Math.round(r.height)"
                + "   + (r.width < 44 || r.height < 44 ? ' SMALL' : ''); })"
                + " .filter(t => t.endsWith('SMALL')); }");
    }

    private Page newPhone() {
        Page phone = newDevice();
        phone.setViewportSize(390, 844);
        return phone;
    }
}
