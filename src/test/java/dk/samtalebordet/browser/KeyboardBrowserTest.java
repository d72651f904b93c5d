package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.people.PeopleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole MUS without a mouse, leader and employee each on their own device: signing in, opening the
 * conversation, laying a stikord, bringing a question into focus, switching the variant with the arrow keys,
 * writing a note, adding an agreement, proposing and approving the plan. Every stop of the keyboard shows where
 * it is, and a push never moves anybody's keyboard focus.
 */
class KeyboardBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PeopleFixtures staff;

    /** How many Tab presses a page may need to reach anything: its navigation, toolbar and 33 stikord. */
    private static final int MOST_TABS = 160;

    /**
     * Null when the element with the keyboard focus shows it: it, or an element on the way down into the shadow
     * roots, has an outline or a shadow (on itself or drawn before or after it), or is inside an element with
     * Vaadin's focus ring; else the elements and their styles, to say which.
     */
    private static final String SHOWS_FOCUS = "() => {"
            + " const chain = [];"
            + " for (let e = document.activeElement; e; e = e.shadowRoot && e.shadowRoot.activeElement) chain.push(e);"
            + " if (chain.length === 0 || chain[0] === document.body) return null;"
            + " const drawn = s => s.boxShadow !== 'none' || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0);"
            + " const shows = e => e.closest('[focus-ring]') !== null || drawn(getComputedStyle(e))"
            + "   || drawn(getComputedStyle(e, '::before')) || drawn(getComputedStyle(e, '::after'));"
            + " return chain.some(shows) ? null"
            + "   : chain.map(e => e.outerHTML.slice(0, 160)).join(' > ') + ' ' + chain.map(e => getComputedStyle(e).outline + '|' + getComputedStyle(e).boxShadow).join(' > '); }";

    @Test
    void aWholeMusIsHeldWithTheKeyboardAlone() {
        // people of their own: the plan they lock is nobody else's to look back on
        String leaderName = staff.leader("demo");
        String employeeName = staff.employeeOf(leaderName, "demo");
        UUID mus = fixtures.mus(leaderName, employeeName);
        Page leader = signInByKeyboard(leaderName);
        Page employee = signInByKeyboard(employeeName);
        for (Page page : new Page[] {leader, employee}) {
            // the list is a grid: Tab reaches it, the arrow keys its cells, Enter the link in a cell
            Locator link = page.locator("a[href='samtale/" + mus + "']");
            tabTo(page, page.locator("vaadin-grid"));
            arrowTo(page, link);
            page.keyboard().press("Enter");
            assertThat(link).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator(".stikord-piece")).hasCount(33);
        }

        Locator motivation = stikord(leader, "Motivation");
        tabTo(leader, motivation);
        leader.keyboard().press("Space");
        assertThat(stikord(employee, "Motivation")).hasClass(PLACED);
        assertThat(motivation).isFocused(); // the push that showed it laid left the keyboard focus where it was

        Locator focusButton = leader.locator(".live-question").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Fokus").setExact(true));
        tabTo(leader, focusButton);
        leader.keyboard().press("Enter");
        assertThat(employee.locator(".live-question.in-focus")).hasCount(1);
        assertThat(leader.locator(".live-question").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Fjern fokus"))).isFocused();

        Locator notes = employee.getByLabel("Noter – Adfærd");
        tabTo(employee, notes);
        employee.keyboard().type("Tes vil gerne have mere sparring.");
        employee.keyboard().press("Tab"); // leaving the field saves it
        assertThat(leader.getByLabel("Noter – Adfærd")).hasValue("Tes vil gerne have mere sparring.");

        // the arrow keys choose the variant: skema and back to puslespil
        Locator puslespil = employee.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Puslespil"));
        tabTo(employee, puslespil);
        employee.keyboard().press("ArrowRight");
        assertThat(employee.locator(".skema-wrapper")).isVisible();
        employee.keyboard().press("ArrowLeft");
        assertThat(employee.locator(".skema-wrapper")).hasCount(0);

        Locator adfaerd = perspective(leader, "Adfærd");
        tabTo(leader, adfaerd.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj aftale")));
        leader.keyboard().press("Enter");
        Locator form = adfaerd.locator(".agreement-form");
        assertThat(form.getByLabel("Hvad aftaler I?", new Locator.GetByLabelOptions().setExact(true))).isFocused();
        leader.keyboard().type("Sparring med en erfaren kollega hver måned");
        for (String[] field : new String[][] {{"Hvem", "Tes"}, {"Hvornår", "Fra januar"},
                {"Ansvar", "Lea Ledersen"}, {"Hvordan følges der op?", "Ved næste 1:1"}}) {
            tabTo(leader, form.getByLabel(field[0], new Locator.GetByLabelOptions().setExact(true)));
            leader.keyboard().type(field[1]);
        }
        tabTo(leader, form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem").setExact(true)));
        leader.keyboard().press("Enter");
        assertThat(perspective(employee, "Adfærd")).containsText("Sparring med en erfaren kollega hver måned");
        // the keyboard is back where the form was opened
        assertThat(adfaerd.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj aftale")))
                .isFocused();

        for (Page page : new Page[] {leader, employee}) {
            tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Udviklingsplan og godkendelse →")));
            page.keyboard().press("Enter");
            assertThat(page.locator(".plan-view")).isVisible();
        }
        pressButton(leader, "Foreslå planen som færdig");
        Locator leaderApproves = leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Godkend planen"));
        tabTo(leader, leaderApproves);
        pressButton(employee, "Godkend planen");
        assertThat(leader.locator(".plan-summary")).containsText("1 af 2 har godkendt");
        assertThat(leaderApproves).isFocused(); // the other's approval, shown live, left the focus where it was
        leader.keyboard().press("Enter");
        for (Page page : new Page[] {leader, employee}) {
            assertThat(page.locator(".plan-summary")).containsText("Godkendt af alle og låst");
        }
    }

    private Page signInByKeyboard(String username) {
        Page page = newDevice();
        page.navigate(url("login"));
        tabTo(page, page.getByLabel("Brugernavn"));
        page.keyboard().type(username);
        tabTo(page, page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)));
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        assertOnFrontPage(page);
        return page;
    }

    private void pressButton(Page page, String name) {
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
        assertThat(button).isEnabled();
        tabTo(page, button);
        page.keyboard().press("Enter");
        awaitSynced(page);
    }

    /**
     * In a grid with the keyboard focus, presses the arrow keys until the cell holding the target has it (from
     * the column headers, Tab goes to the rows, as in any Vaadin grid).
     */
    private static void arrowTo(Page page, Locator target) {
        for (int i = 0; i < MOST_TABS; i++) {
            String key = (String) target.evaluate("t => {"
                    + " const grid = t.closest('vaadin-grid');"
                    + " const holds = td => { const slot = td.querySelector('slot');"
                    + "   return !!slot && slot.assignedElements().some(c => c.contains(t)); };"
                    + " const goal = [...grid.shadowRoot.querySelectorAll('td')].find(holds);"
                    + " const at = grid.shadowRoot.activeElement;"
                    + " if (at === goal) return null;"
                    + " if (at.parentElement.parentElement.tagName === 'THEAD') return 'Tab';" // from the header to the rows
                    + " const row = e => e.parentElement.parentElement.tagName === 'TBODY' ? e.parentElement.rowIndex : -1;"
                    + " if (row(at) !== row(goal)) return row(at) < row(goal) ? 'ArrowDown' : 'ArrowUp';"
                    + " return at.cellIndex < goal.cellIndex ? 'ArrowRight' : 'ArrowLeft'; }");
            if (key == null) {
                return;
            }
            page.keyboard().press(key);
            assertThat((String) page.evaluate(SHOWS_FOCUS)).as("the grid shows the cell it is at").isNull();
        }
        throw new AssertionError("the arrow keys never reached " + target);
    }

    /**
     * Presses Tab until the target has the keyboard focus; at every stop on the way the focused element must show
     * that it has it (the browser's focus outline, or Vaadin's focus ring).
     */
    private static void tabTo(Page page, Locator target) {
        target.waitFor();
        awaitSynced(page);
        for (int i = 0; i < MOST_TABS; i++) {
            if ((Boolean) target.evaluate("e => e.matches(':focus, :focus-within')")) {
                return;
            }
            page.keyboard().press("Tab");
            String unseen = (String) page.evaluate(SHOWS_FOCUS);
            assertThat(unseen).as("the keyboard focus is shown on every element it reaches").isNull();
        }
        throw new AssertionError("Tab never reached " + target + " in " + MOST_TABS + " presses");
    }
}
