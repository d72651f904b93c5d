package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.people.PeopleFixtures;
import dk.samtalebordet.table.LiveTableService;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hardening as Chromium meets it: the headers, the Content-Security-Policy the whole suite runs under (see
 * {@link BrowserTest}), sign-in throttling that tells nothing about whether an account exists, and a session that
 * ends when nothing is done in it although the tab stays open, with nothing written lost.
 */
class SecurityBrowserTest extends BrowserTest {

    private static final String PASSWORD = "en god lang adgangskode";

    @Autowired
    PeopleFixtures peopleFixtures;
    @Autowired
    ConversationFixtures conversations;
    @Autowired
    ServletWebServerApplicationContext server;
    @Autowired
    LiveTableService table;
    @Autowired
    AuditLog audit;

    @Test
    void theBrowserGetsThePolicyAndReportsWhatItBlocks() {
        Page page = newDevice();
        Response response = page.navigate(url("login"));
        assertThat(response.headerValue("content-security-policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(response.headerValue("referrer-policy")).isEqualTo("same-origin");
        assertThat(response.headerValue("permissions-policy")).contains("camera=()");
        assertThat(page.getByLabel("Brugernavn")).isVisible();

        // what the policy is there for: a picture (or a script) from anywhere else is blocked, and the suite's
        // check would see it
        page.evaluate("() => { const i = document.createElement('img'); i.src = 'http://198.51.100.1/x.png';"
                + " document.body.append(i); }");
        page.waitForCondition(() -> !reportedPolicyViolations().isEmpty());
        assertThat(reportedPolicyViolations()).singleElement().asString().contains("img-src")
                .contains("198.51.100.1");
        forgetPolicyViolations();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndAnUnknownNameIsToldTheSame() {
        String username = peopleFixtures.employee(PASSWORD);
        String stranger = "findes.ikke." + UUID.randomUUID().toString().substring(0, 6);
        Page page = newDevice();
        page.navigate(url("login"));
        for (int i = 0; i < 5; i++) {
            submitLogin(page, username, "forkert " + i);
            assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
            submitLogin(page, stranger, "forkert " + i);
            assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
        }
        submitLogin(page, username, PASSWORD);
        String refusal = page.locator(".login-refused").textContent();
        assertThat(refusal).contains("for mange mislykkede forsøg").contains("15 minutter");
        assertThat(page.url()).contains("/login");

        submitLogin(page, stranger, PASSWORD);
        assertThat(page.locator(".login-refused")).hasText(refusal);

        // another account from the same browser is not held up by these
        submitLogin(page, peopleFixtures.employee(PASSWORD), PASSWORD);
        assertOnFrontPage(page);
    }

    @Test
    void aLocalAccountChangesItsOwnPasswordFromTheUserMenuAndTheOldOneNoLongerWorks() {
        String username = peopleFixtures.employee(PASSWORD);
        Page page = signIn(username, PASSWORD);
        assertOnFrontPage(page);
        chooseFromUserMenu(page, "Skift adgangskode");
        page.getByLabel("Nuværende adgangskode").fill(PASSWORD);
        page.getByLabel("Ny adgangskode").fill("kort");
        page.getByLabel("Gentag den nye adgangskode").fill("kort");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem adgangskoden")).click();
        // the field's own message: Vaadin also repeats it for a moment in an assertive live region
        assertThat(page.locator("vaadin-password-field [slot='error-message']")
                .filter(new Locator.FilterOptions().setHasText("Adgangskoden skal være mindst 12 tegn"))).isVisible();
        page.getByLabel("Ny adgangskode").fill("en helt ny og lang sætning");
        page.getByLabel("Gentag den nye adgangskode").fill("en helt ny og lang sætning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem adgangskoden")).click();
        assertOnFrontPage(page);

        Page again = signIn(username, PASSWORD);
        assertThat(again.getByText("Forkert brugernavn eller adgangskode")).isVisible();
        submitLogin(again, username, "en helt ny og lang sætning");
        assertOnFrontPage(again);
    }

    @Test
    void anIdleSessionEndsWhileTheTabIsOpenAndWhatWasWrittenIsThereAfterSigningInAgain() throws Exception {
        UUID id = conversations.mus("mos", "jph");
        Page employee = openTable(id, "jph").get(0);
        assertThat(audit.search(personId("jph"), List.of(id), Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(5), 100)).as("the opening is in the audit log")
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(AuditKind.CONVERSATION_OPENED);
                    assertThat(e.actorId()).isEqualTo(personId("jph"));
                });
        employee.getByLabel("Noter – Struktur").pressSequentially("Skrevet før pausen");
        employee.waitForCondition(() -> "Skrevet før pausen".equals(storedNote(id)));

        // nothing is done for a while; the heartbeat goes on every 5 s. The session's idle time is made short
        // here (server.servlet.session.timeout in production)
        session(employee).setMaxInactiveInterval(8);

        Locator notice = employee.getByText("Du er ikke længere logget ind").first();
        assertThat(notice).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(45_000));
        notice.click();
        assertThat(employee.getByLabel("Brugernavn")).isVisible();
        submitLogin(employee, "jph", "demo");
        assertThat(employee).hasURL(java.util.regex.Pattern.compile(".*/samtale/" + id));
        assertThat(employee.getByLabel("Noter – Struktur")).hasValue("Skrevet før pausen");
    }

    private String storedNote(UUID id) {
        var stored = table.state(id, personId("jph"));
        return stored.notes().get(stored.concept().perspectives().get(1).id()).text();
    }

    private Session session(Page page) throws Exception {
        String id = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost()
                .findChildren()[0];
        return context.getManager().findSession(id);
    }
}
