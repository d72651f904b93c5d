package dk.samtalebordet.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.TestServers;
import dk.samtalebordet.directory.DirectorySync;
import dk.samtalebordet.directory.TestDirectory;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, against a real OpenID Connect provider: the authorization code flow with PKCE, the person
 * found in the register by {@code preferred_username} (a UPN matches the username before the @), roles from the
 * groups claim, and a sign-out that ends the provider's session too.
 */
class OidcSignInBrowserTest extends BrowserTest {

    private final TestDirectory directory = TestServers.directory();

    @Autowired
    DirectorySync sync;

    @BeforeEach
    void theRegister() {
        directory.clearUsers();
        directory.addUser("kale", "Karen Lerche", "Centerchef", "Kultur og Fritid", "1001", null);
        directory.addUser("pemo", "Per Mortensen", "Bibliotekar", "Kultur og Fritid", "1002", "kale");
        sync.synchronise(null);
    }

    @Test
    void anEmployeeSignsInThroughTheProviderWithPkceGetsTheirGroupsRoleAndSignsOutOfBoth() {
        TestServers.provider().enqueueCallback(new DefaultOAuth2TokenCallback(TestServers.ISSUER, "entra-oid-pemo",
                "JWT", List.of(TestServers.CLIENT_ID),
                Map.of("preferred_username", "pemo@kommune.dk", "groups", List.of("SG-Samtalebordet-HR")), 3600));
        Page page = newDevice();
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requests.add(request.url()));
        page.navigate(url("login"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med kommunens konto")).click();

        assertOnFrontPage(page);
        assertThat(page.getByText("Goddag, Per Mortensen")).isVisible();
        assertThat(page.locator(".my-leader")).hasText("Din personaleleder: Karen Lerche");
        // HR by the groups claim
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Årsoverblik"))).isVisible();
        assertThat(requests).filteredOn(u -> u.contains("/" + TestServers.ISSUER + "/authorize")).singleElement()
                .satisfies(u -> assertThat(u).contains("code_challenge=").contains("code_challenge_method=S256")
                        .contains("nonce="));

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Per Mortensen")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log ud")).click();

        assertThat(page).hasURL(Pattern.compile("http://localhost:" + port + "/login.*"));
        assertThat(requests).as("RP-initiated logout at the provider")
                .anyMatch(u -> u.contains("/" + TestServers.ISSUER + "/endsession"));
        page.navigate(url(""));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void aGuestFromAnotherDomainIsNotTakenForTheMunicipalitysPersonOfThatName() {
        // pemo@kommune.dk is Per Mortensen; a guest pemo@gaest.example is somebody else, unknown here
        TestServers.provider().enqueueCallback(new DefaultOAuth2TokenCallback(TestServers.ISSUER, "entra-oid-x",
                "JWT", List.of(TestServers.CLIENT_ID), Map.of("preferred_username", "pemo@gaest.example"), 3600));
        Page page = newDevice();
        page.navigate(url("login"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med kommunens konto")).click();

        assertThat(page.locator(".login-refused")).containsText("findes ikke i Samtalebordet endnu");
    }
}
