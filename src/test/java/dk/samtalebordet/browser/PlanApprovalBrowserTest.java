package dk.samtalebordet.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Leader and employee approve the plan each on their own device; it locks for both; both get the same PDF. */
class PlanApprovalBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;

    @Test
    void bothApproveTheTableTurnsReadOnlyAndBothDownloadTheSamePdf() throws IOException {
        UUID id = fixtures.mus("mos", "ama");
        agreements.addAgreement(id, fixtures.id("ama"), null, new AgreementFields("Efteruddannelse i klimatilpasning",
                "Aisha", "Foråret", "Mads Østergaard", LocalDate.now().plusMonths(2), "Status ved 1:1", "", null));

        Page leader = signIn("mos", "demo");
        assertOnFrontPage(leader);
        Page employee = signIn("ama", "demo");
        assertOnFrontPage(employee);
        leader.navigate(url("samtale/" + id + "/plan"));
        employee.navigate(url("samtale/" + id + "/plan"));
        assertThat(employee.getByText("Efteruddannelse i klimatilpasning")).isVisible();

        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Foreslå planen som færdig")).click();
        assertThat(employee.locator(".plan-summary")).containsText("Foreslået som færdig af Mads Østergaard");
        employee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkend planen")).click();
        assertThat(leader.locator(".approval-given")).containsText("Aisha Mahmoud");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkend planen")).click();

        assertThat(leader.locator(".plan-summary")).containsText("Godkendt af alle og låst");
        assertThat(employee.locator(".plan-summary")).containsText("Godkendt af alle og låst");
        assertThat(employee.locator(".approval-given")).hasCount(2);

        for (Page page : new Page[] {leader, employee}) {
            page.navigate(url("samtale/" + id));
            assertThat(page.locator(".locked-banner")).containsText("låst");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj aftale")))
                    .hasCount(0);
            assertThat(page.locator(".stikord-piece").first()).isDisabled();
            assertThat(page.locator("vaadin-text-area").first()).hasAttribute("readonly", "");
        }

        byte[] leadersCopy = download(leader, id);
        byte[] employeesCopy = download(employee, id);
        assertThat(leadersCopy).startsWith("%PDF".getBytes()).isEqualTo(employeesCopy);
    }

    private byte[] download(Page page, UUID id) throws IOException {
        page.navigate(url("samtale/" + id + "/plan"));
        Download download = page.waitForDownload(() -> page.locator(".download-link").first().click());
        return Files.readAllBytes(download.path());
    }
}
