package dk.samtalebordet.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.conversation.ConversationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trust in the digital personalemappe, in the browser: the employee sees that their leader opened it, and the
 * data protection officer finds the same in the audit log and exports it; HR is refused the log.
 */
class PrivacyBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures conversations;
    @Autowired
    dk.samtalebordet.people.PeopleFixtures peopleFixtures;

    @Test
    void theEmployeeSeesWhoOpenedTheirPersonalemappeAndTheDpoFindsItInTheLog() throws Exception {
        long employee = personId("ama");
        Page leader = signIn("mos", "demo");
        assertOnFrontPage(leader);
        leader.navigate(url("personalemappe/" + employee));
        assertThat(leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Personalemappe for Aisha Mahmoud"))).isVisible();
        assertThat(leader.getByText("Hvem har set min personalemappe")).hasCount(0);

        Page own = signIn("ama", "demo");
        assertOnFrontPage(own);
        own.navigate(url("personalemappe"));
        var seen = own.locator(".who-has-seen");
        assertThat(seen.getByRole(AriaRole.HEADING)).hasText("Hvem har set min personalemappe");
        assertThat(seen.getByRole(AriaRole.LISTITEM).first()).containsText("Mads Østergaard åbnede din"
                + " personalemappe");
        screenshots(own, "personalemappe");

        // insight into everything stored about them, from the user menu
        chooseFromUserMenu(own, "Mine oplysninger");
        assertThat(own.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine oplysninger")))
                .isVisible();
        screenshots(own, "mine-oplysninger");
        Download archive = own.waitForDownload(() -> own.getByText("Hent mine oplysninger (ZIP)").click());
        try (var zip = new java.util.zip.ZipFile(archive.path().toFile())) {
            assertThat(zip.getEntry("oplysninger.json")).isNotNull();
            assertThat(zip.getEntry("oplysninger.pdf")).isNotNull();
        }

        Page hr = signIn("bsm", "demo");
        assertOnFrontPage(hr);
        hr.navigate(url("adgangslog"));
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Adgangslog"))).hasCount(0);

        Page dpo = signIn("admin", "demo");
        dpo.navigate(url("adgangslog"));
        assertThat(dpo.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Adgangslog")))
                .isVisible();
        dpo.getByLabel("Person").fill("Aisha");
        dpo.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions()
                .setHasText("Aisha Mahmoud")).first().click();
        dpo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg")).click();
        assertThat(dpo.locator(".audit-grid")).containsText("Åbnede en personalemappe");
        assertThat(dpo.locator(".audit-grid")).containsText("Mads Østergaard");
        screenshots(dpo, "adgangslog");

        Download download = dpo.waitForDownload(() -> dpo.getByText("Hent som CSV").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Åbnede en personalemappe;Mads Østergaard;Aisha Mahmoud");

        // the retention rules and what the next run deletes, before it runs
        dpo.navigate(url("opbevaring"));
        var rules = dpo.locator(".retention-list");
        assertThat(rules).containsText("Private forberedelsesnoter");
        assertThat(rules).containsText("Slettes 6 måneder efter aflysningen");
        assertThat(rules).containsText("Slettes efter 5 år");
        screenshots(dpo, "opbevaring");
        hr.navigate(url("opbevaring"));
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Opbevaring og sletning")))
                .hasCount(0);
    }

    @Test
    void anAdministratorErasesAFormerEmployeesDataAfterConfirmingAndIsToldWhatWasKept() {
        String leader = peopleFixtures.leader();
        String gone = peopleFixtures.employeeOf(leader, "en god lang adgangskode");
        conversations.mus(leader, gone);
        long id = personId(gone);
        Page admin = signIn("admin", "demo");
        assertOnFrontPage(admin);
        admin.navigate(url("sletning/" + id));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slet personens oplysninger…")).click();
        var dialog = admin.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Låste udviklingsplaner bevares");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Slet")).click();
        assertThat(admin.locator(".erasure-view [role=status]")).containsText("Personen er stadig aktiv");

        peopleFixtures.leftAt(gone, java.time.Instant.now());
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slet personens oplysninger…")).click();
        screenshots(admin, "sletning");
        admin.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Slet"))
                .click();
        assertThat(admin.locator(".erasure-view [role=status]")).containsText("1 samtaler slettet");
        assertThat(people.findById(id).orElseThrow().fullName()).isEqualTo("Slettet person");
    }
}
