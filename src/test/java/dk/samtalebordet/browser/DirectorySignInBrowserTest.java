package dk.samtalebordet.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.TestServers;
import dk.samtalebordet.directory.DirectorySync;
import dk.samtalebordet.directory.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.samtalebordet.directory.TestDirectory.ADMIN_GROUP;
import static dk.samtalebordet.directory.TestDirectory.PASSWORD;

/**
 * In real Chromium, against a real LDAP server with an Active Directory-like tree: people sign in with their
 * directory password (a bind as {@code user@kommune.local}), are found in the register the synchronisation
 * filled, and see their leader; those the register lacks or has deactivated are told why in Danish.
 */
class DirectorySignInBrowserTest extends BrowserTest {

    private final TestDirectory directory = TestServers.directory();

    @Autowired
    DirectorySync sync;

    @BeforeEach
    void theDirectory() {
        directory.clearUsers();
        directory.addUser("kale", "Karen Lerche", "Centerchef", "Kultur og Fritid", "1001", null, ADMIN_GROUP);
        directory.addUser("pemo", "Per Mortensen", "Bibliotekar", "Kultur og Fritid", "1002", "kale");
        sync.synchronise(null);
    }

    @Test
    void anEmployeeSignsInWithTheDirectoryPasswordAndSeesTheirLeader() {
        Page page = signIn("pemo", PASSWORD);

        assertOnFrontPage(page);
        assertThat(page.getByText("Goddag, Per Mortensen")).isVisible();
        assertThat(page.locator(".my-leader")).hasText("Din personaleleder: Karen Lerche");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny samtale"))).hasCount(0);
    }

    @Test
    void aLeaderFromTheDirectorySeesTheirEmployeesAndTheAdministrationTheirGroupGrants() {
        Page page = signIn("kale", PASSWORD);

        assertOnFrontPage(page);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny samtale"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Organisation og synkronisering"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine medarbejdere")).click();
        assertThat(page.getByText("Per Mortensen")).isVisible();
    }

    @Test
    void somebodyWhoLosesTheAdministratorGroupWhileSignedInIsSignedOutAtTheNextStep() {
        Page page = signIn("kale", PASSWORD);
        assertOnFrontPage(page);
        directory.replace("kale", "memberOf");
        sync.synchronise(null);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation og synkronisering")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        Page again = signIn("kale", PASSWORD);
        assertOnFrontPage(again);
        assertThat(again.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Organisation og synkronisering"))).hasCount(0);
    }

    @Test
    void aPersonDeactivatedWhileSignedInIsSignedOutAtTheNextStep() {
        Page page = signIn("pemo", PASSWORD);
        assertOnFrontPage(page);
        directory.disable("pemo");
        sync.synchronise(null);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine aftaler")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void aWrongDirectoryPasswordIsRefused() {
        Page page = signIn("pemo", "forkert-adgangskode");

        assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
    }

    @Test
    void somebodyTheDirectoryKnowsButTheRegisterDoesNotIsToldWhatToDo() {
        directory.addUser("nyan", "Nanna Nyansat", "Elev", "Kultur og Fritid", "1003", "kale");

        Page page = signIn("nyan", PASSWORD);

        assertThat(page.locator(".login-refused")).containsText("findes ikke i Samtalebordet endnu");
        page.navigate(url(""));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void aPersonDeactivatedByTheSynchronisationCannotSignIn() {
        directory.disable("pemo");
        sync.synchronise(null);

        Page page = signIn("pemo", PASSWORD);

        assertThat(page.locator(".login-refused")).containsText("Din konto er deaktiveret");
    }
}
