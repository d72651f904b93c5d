package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.people.PeopleFixtures;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PieceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant who cannot see the table hears what the others change: each change is said in words in the
 * page's polite live region, one's own changes are not said, rapid changes are summed up in one announcement,
 * and no announcement moves the keyboard focus of the person reading.
 */
class AnnouncementsBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PeopleFixtures staff;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanService plans;

    /** The announcements are said a moment after the others went quiet, on a machine that may be slow. */
    private static final LocatorAssertions.HasTextOptions SAID = new LocatorAssertions.HasTextOptions()
            .setTimeout(15_000);

    @Test
    void othersChangesAreSaidInWordsOwnChangesAreNotAndTheReadersFocusStays() {
        // people of their own: the plan they lock is nobody else's to look back on
        String leaderName = staff.leader("demo");
        String employeeName = staff.employeeOf(leaderName, "demo");
        UUID mus = fixtures.mus(leaderName, employeeName);
        long leaderId = fixtures.id(leaderName);
        long employeeId = fixtures.id(employeeName);
        List<Page> pages = openTable(mus, leaderName, employeeName);
        Page leader = pages.get(0);
        Page employee = pages.get(1);
        pages.forEach(AnnouncementsBrowserTest::recordAnnouncements);
        // the employee is writing a note while the others change the table
        Locator notes = employee.getByLabel("Noter – Adfærd");
        notes.focus();

        stikord(leader, "Motivation").click();
        assertThat(announcements(employee)).hasText("Lea Ledersen lagde stikordet Motivation på bordet.", SAID);

        stikord(employee, "Arbejdsglæde").click();
        assertThat(announcements(leader)).hasText("Tes Testesen lagde stikordet Arbejdsglæde på bordet.", SAID);
        assertThat(said(leader)).as("the leader hears the employee's change, never their own")
                .containsExactly("Tes Testesen lagde stikordet Arbejdsglæde på bordet.");
        assertThat(said(employee)).containsExactly("Lea Ledersen lagde stikordet Motivation på bordet.");
        notes.focus(); // laying the stikord was the employee's own click; from here on only the leader acts

        leader.locator(".live-question").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Fokus").setExact(true)).click();
        assertThat(announcements(employee)).containsText("Lea Ledersen satte spørgsmålet i fokus: ",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));

        agreements.addAgreement(mus, leaderId, null, new AgreementFields("Kursus i klimatilpasning", "Tes",
                "Foråret", "Lea Ledersen", LocalDate.now().plusMonths(2), "Status ved 1:1", "", null));
        assertThat(announcements(employee)).hasText("Lea Ledersen tilføjede aftalen: Kursus i klimatilpasning",
                SAID);

        // four pieces in a moment: one announcement sums them up
        int before = said(employee).size();
        for (String key : List.of("Sparring", "Ansvar", "Feedback", "Samarbejde")) {
            table.setPiece(mus, leaderId, PieceKind.STIKORD, key, true);
        }
        assertThat(announcements(employee)).hasText(
                "4 ændringer. Den seneste: Lea Ledersen lagde stikordet Samarbejde på bordet.", SAID);
        assertThat(said(employee)).hasSize(before + 1);

        plans.propose(mus, leaderId);
        plans.approve(mus, employeeId);
        table.setPiece(mus, leaderId, PieceKind.STIKORD, "Samarbejde", false);
        assertThat(announcements(employee)).hasText("Lea Ledersen ændrede udviklingsplanen, så godkendelserne er "
                + "trukket tilbage. Lea Ledersen tog stikordet Samarbejde af bordet.", SAID);

        plans.propose(mus, leaderId);
        plans.approve(mus, employeeId);
        plans.approve(mus, leaderId);
        assertThat(announcements(employee)).hasText(
                "Lea Ledersen godkendte som den sidste: udviklingsplanen er låst.", SAID);
        assertThat(notes).isFocused(); // no push moved the reader's keyboard focus
    }

    private static Locator announcements(Page page) {
        return page.locator("#live-announcements");
    }

    /** Keeps every text the live region says, so a test can tell what was said and how often. */
    private static void recordAnnouncements(Page page) {
        page.evaluate("() => { window.samtalebordetSaid = [];"
                + " const region = document.getElementById('live-announcements');"
                + " new MutationObserver(() => { if (region.textContent) window.samtalebordetSaid.push(region.textContent); })"
                + ".observe(region, {childList: true, subtree: true, characterData: true}); }");
    }

    @SuppressWarnings("unchecked")
    private static List<String> said(Page page) {
        return (List<String>) page.evaluate("() => window.samtalebordetSaid");
    }
}
