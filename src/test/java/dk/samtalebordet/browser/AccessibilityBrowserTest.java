package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.people.PeopleFixtures;
import dk.samtalebordet.plan.PlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.1 A and AA) on every page and every state that matters, each at 1280 px and at 390 px: no
 * violation may be found. A violation is fixed where it arises, in the shared CSS or component, never by leaving
 * a rule out.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanService plans;
    @Autowired
    ConceptService concepts;
    @Autowired
    PeopleFixtures staff;

    private static final Locator.WaitForOptions ATTACHED =
            new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);

    private final List<String> violations = new ArrayList<>();

    @Test
    void theLoginPageTheStatementAndTheRefusalPageHaveNoViolations() {
        Page page = newDevice();
        page.navigate(url("login"));
        check(page, "login");
        submitLogin(page, "mos", "forkert");
        assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
        check(page, "login after a wrong password");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgængelighedserklæring")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Tilgængelighedserklæring for Samtalebordet"))).isVisible();
        check(page, "the accessibility statement, not signed in");
        screenshots(page, "statement");

        Page signedIn = signIn("mos", "demo");
        assertOnFrontPage(signedIn);
        signedIn.navigate(url("findes-ikke"));
        assertThat(signedIn.getByText("Siden findes ikke, eller du har ikke adgang til den.")).isVisible();
        check(signedIn, "the refusal page");
        assertNoViolations();
    }

    @Test
    void theLeadersAndEmployeesPagesHaveNoViolations() {
        UUID mus = fixtures.mus("mos", "jph");
        Page leader = signIn("mos", "demo");
        assertOnFrontPage(leader);
        check(leader, "Mine samtaler");
        visit(leader, "samtaler/ny", "Ny samtale");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret samtalen")).click();
        assertThat(leader.locator(".form-error")).isVisible();
        check(leader, "Ny samtale, refused without an employee");
        visit(leader, "medarbejdere", "Mine medarbejdere");
        visit(leader, "aftaler", "Mine aftaler");
        visit(leader, "personalemappe", "Personalemappe");
        visit(leader, "koncepter", "Koncepter");
        visit(leader, "koncepter/" + concepts.findLatest("albertslund-mus").orElseThrow().id(), "a concept");
        visit(leader, "samtale/" + mus + "/forberedelse", "preparation");
        visit(leader, "tilgaengelighed", "the accessibility statement, signed in");

        Page hr = signIn("bsm", "demo");
        assertOnFrontPage(hr);
        visit(hr, "aarsoverblik", "Årsoverblik");
        visit(hr, "personer", "Personer og enheder");

        Page admin = signIn("admin", "demo");
        visit(admin, "personer", "Personer og enheder, as administrator");
        // a person is opened from the keyboard as well as by a click
        admin.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Jens Peter Hansen"))
                .first().click();
        admin.keyboard().press("Escape");
        assertThat(admin.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        admin.keyboard().press("Enter");
        assertThat(admin.locator("vaadin-dialog-overlay[opened]")).isVisible();
        check(admin, "a person's dialog");
        admin.keyboard().press("Escape");
        visit(admin, "organisation", "Organisation");
        visit(admin, "adgangslog", "Adgangslog");
        visit(admin, "opbevaring", "Opbevaring og sletning");
        visit(admin, "mine-oplysninger", "Mine oplysninger");
        visit(admin, "adgangskode", "Skift adgangskode");
        assertNoViolations();
    }

    @Test
    void theTableInBothVariantsWithAQuestionInFocusAndARefusedAgreementHasNoViolations() {
        UUID mus = fixtures.mus("mos", "jph");
        List<Page> pages = openTable(mus, "mos", "jph");
        Page leader = pages.get(0);
        check(leader, "the table (puslespil)");

        stikord(leader, "Motivation").click();
        assertThat(stikord(leader, "Motivation")).hasClass(PLACED);
        leader.locator(".live-question").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Fokus").setExact(true)).click();
        assertThat(pages.get(1).locator(".live-question.in-focus")).hasCount(1);
        check(leader, "the table with a stikord laid and a question in focus");
        check(pages.get(1), "the employee's table with the leader's focus");
        screenshots(pages.get(1), "table");

        Locator adfaerd = perspective(leader, "Adfærd");
        adfaerd.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj aftale")).click();
        Locator form = adfaerd.locator(".agreement-form");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem").setExact(true)).click();
        assertThat(form.locator("[invalid]").first()).isVisible();
        check(leader, "the agreement form with a refused field");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annullér")).click();

        leader.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Skema")).check();
        assertThat(leader.locator(".skema-wrapper")).isVisible();
        check(leader, "the table (skema)");
        assertNoViolations();
    }

    @Test
    void theEditConflictDialogHasNoViolations() {
        UUID mus = fixtures.mus("mos", "jph");
        List<Page> pages = openTable(mus, "mos", "jph");
        long at = System.currentTimeMillis() + 1500;
        typeAt(pages.get(0), "Noter – Adfærd", at, "Mads skriver først");
        typeAt(pages.get(1), "Noter – Adfærd", at, "Jens Peter skriver også");
        Locator[] dialogs = {conflict(pages.get(0)), conflict(pages.get(1))};
        pages.get(0).waitForCondition(() -> dialogs[0].count() + dialogs[1].count() > 0);
        check(dialogs[0].count() == 1 ? pages.get(0) : pages.get(1), "the edit conflict dialog");
        assertNoViolations();
    }

    @Test
    void thePlanBeforeAndAfterItIsLockedHasNoViolations() {
        // people of their own: the plan they lock is nobody else's to look back on
        String leaderName = staff.leader("demo");
        String employeeName = staff.employeeOf(leaderName, "demo");
        UUID mus = fixtures.mus(leaderName, employeeName);
        agreements.addAgreement(mus, fixtures.id(employeeName), null, new AgreementFields("Kursus i klimatilpasning",
                "Tes", "Foråret", "Lea Ledersen", LocalDate.now().plusMonths(2), "Status ved 1:1", "", null));
        Page leader = signIn(leaderName, "demo");
        assertOnFrontPage(leader);
        visit(leader, "samtale/" + mus + "/plan", "the plan, open");
        plans.propose(mus, fixtures.id(leaderName));
        plans.approve(mus, fixtures.id(employeeName));
        plans.approve(mus, fixtures.id(leaderName));
        leader.reload();
        assertThat(leader.locator(".plan-summary")).containsText("Godkendt af alle og låst");
        check(leader, "the plan, locked");
        visit(leader, "samtale/" + mus, "the table, locked");
        assertNoViolations();
    }

    private void visit(Page page, String path, String state) {
        page.navigate(url(path));
        page.locator("main").first().waitFor(ATTACHED);
        awaitSynced(page);
        check(page, state);
    }

    /**
     * axe-core at 1280 px and again at 390 px, the page otherwise as it is: after any dialog has finished opening
     * or closing (while it fades in, its colours are not yet the ones a person reads).
     */
    private void check(Page page, String state) {
        awaitSynced(page);
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        violations.addAll(Accessibility.violations(page, state + " at 1280 px"));
        page.setViewportSize(390, 844);
        page.waitForFunction("() => window.innerWidth === 390");
        awaitSynced(page);
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        violations.addAll(Accessibility.violations(page, state + " at 390 px"));
        page.setViewportSize(1280, 720);
        page.waitForFunction("() => window.innerWidth === 1280");
    }

    private void assertNoViolations() {
        assertThat(violations).as("WCAG 2.1 AA violations found by axe-core:\n" + String.join("\n", violations))
                .isEmpty();
    }
}
