package dk.samtalebordet.production;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.App;
import dk.samtalebordet.PostgresServer;
import dk.samtalebordet.browser.BrowserTest;
import dk.samtalebordet.directory.TestDirectory;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.samtalebordet.directory.TestDirectory.ADMIN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first day of a real municipality: the application started as in production (no demo profile, a new
 * PostgreSQL database, a process of its own) against the municipality's directory, with a first administrator from the
 * environment, and the municipality's OpenID Connect provider. The administrator chooses a password and
 * synchronises; then the leader signs in with the directory's password and invites an employee to a MUS, and the
 * employee signs in through the provider and sees the MUS and their leader.
 */
class FirstStartBrowserTest {

    private static final String ADMIN = "samtalebordet-admin";
    private static final String GIVEN_PASSWORD = "Udleveret-af-IT-2026";
    private static final String CHOSEN_PASSWORD = "Min egen lange adgangskode";

    private final TestDirectory directory = new TestDirectory();
    private final MockOAuth2Server provider = new MockOAuth2Server();
    private final StringBuilder log = new StringBuilder();
    private Process app;
    private Playwright playwright;

    @AfterEach
    void stop() throws InterruptedException {
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.destroy();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        directory.shutDown();
        provider.shutdown();
    }

    @Test
    void theDirectorysPeopleSignInAndHoldAMusAfterTheFirstAdministratorSynchronised() throws Exception {
        directory.addUser("kale", "Karen Lerche", "Centerchef", "Kultur og Fritid", "1001", null, ADMIN_GROUP);
        directory.addUser("pemo", "Per Mortensen", "Bibliotekar", "Kultur og Fritid", "1002", "kale");
        int port = start();
        Browser browser = browser();
        String base = "http://localhost:" + port + "/";

        // the first administrator signs in with the password IT gave, and must choose their own first
        Page admin = device(browser);
        admin.navigate(base + "login");
        assertThat(admin.locator(".login-setup")).hasCount(0);
        signIn(admin, ADMIN, GIVEN_PASSWORD);
        assertThat(admin).hasURL(Pattern.compile(".*/adgangskode$"));
        admin.navigate(base + "organisation");
        assertThat(admin).hasURL(Pattern.compile(".*/adgangskode$"));
        admin.getByLabel("Nuværende adgangskode").fill(GIVEN_PASSWORD);
        admin.getByLabel("Ny adgangskode", new Page.GetByLabelOptions().setExact(true)).fill("kort");
        admin.getByLabel("Gentag den nye adgangskode").fill("kort");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem adgangskoden")).click();
        assertThat(admin.locator("vaadin-password-field[invalid] [slot=error-message]"))
                .hasText("Adgangskoden skal være mindst 12 tegn. En sætning på flere ord er nemmest at huske.");
        admin.getByLabel("Ny adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(CHOSEN_PASSWORD);
        admin.getByLabel("Gentag den nye adgangskode").fill(CHOSEN_PASSWORD);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem adgangskoden")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine samtaler")))
                .isVisible();

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation og synkronisering"))
                .click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Synkronisér nu")).click();
        assertThat(admin.locator(".organisation-status"))
                .hasText("Synkroniseringen er færdig: 2 oprettet, 0 ændret, 0 deaktiveret, 0 afvist, 0 konflikter, "
                        + "0 uændret.");

        // the leader signs in with the directory's password and invites the employee to a MUS
        Page leader = device(browser);
        leader.navigate(base + "login");
        signIn(leader, "kale", TestDirectory.PASSWORD);
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny samtale")).click();
        leader.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Per Mortensen – Bibliotekar")).check();
        Locator date = leader.locator("vaadin-date-time-picker vaadin-date-picker input");
        date.fill(LocalDate.now().plusDays(14).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        date.press("Enter");
        Locator time = leader.locator("vaadin-date-time-picker vaadin-time-picker input");
        time.fill("10.00");
        time.press("Enter");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret samtalen")).click();
        assertThat(leader.locator(".form-error")).hasCount(0);

        // the employee signs in through the municipality's provider, sees the invitation and their leader
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("kommune", "entra-oid-pemo", "JWT",
                List.of("samtalebordet"), Map.of("preferred_username", "pemo@kommune.dk"), 3600));
        Page employee = device(browser);
        employee.navigate(base + "login");
        employee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med kommunens konto")).click();
        assertThat(employee.locator(".my-leader")).hasText("Din personaleleder: Karen Lerche");
        assertThat(employee.locator(".conversation-link")).hasText(Pattern.compile("^MUS · "));
        assertThat(employee.locator("vaadin-grid")).containsText("Karen Lerche");

        String output;
        synchronized (log) {
            output = log.toString();
        }
        assertThat(output).as("no password in the log").doesNotContain(GIVEN_PASSWORD)
                .doesNotContain(TestDirectory.SERVICE_PASSWORD).doesNotContain("klient-hemmelighed").contains("First administrator 'samtalebordet-admin'");
    }

    private int start() throws Exception {
        provider.start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), App.class.getName(),
                "--server.port=" + port, "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + PostgresServer.newDatabase(), "--spring.datasource.username=postgres",
                "--samtalebordet.ldap.url=" + directory.url(), "--samtalebordet.ldap.domain=kommune.local",
                "--samtalebordet.ldap.base-dn=" + TestDirectory.PEOPLE,
                "--samtalebordet.ldap.bind-dn=" + TestDirectory.SERVICE_DN,
                "--samtalebordet.ldap.sync.enabled=false",
                "--samtalebordet.roles.administrator=" + ADMIN_GROUP,
                "--samtalebordet.oidc.username-domains=kommune.dk",
                "--spring.security.oauth2.client.registration.kommune.client-id=samtalebordet",
                "--spring.security.oauth2.client.registration.kommune.scope=openid,profile",
                "--spring.security.oauth2.client.provider.kommune.issuer-uri="
                        + provider.issuerUrl("kommune").toString().replace("localhost", "127.0.0.1")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SAMTALEBORDET_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("SAMTALEBORDET_BOOTSTRAP_ADMIN_PASSWORD", GIVEN_PASSWORD);
        builder.environment().put("SAMTALEBORDET_LDAP_BIND_PASSWORD", TestDirectory.SERVICE_PASSWORD);
        builder.environment().put("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOMMUNE_CLIENT_SECRET", "klient-hemmelighed");
        app = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            log.append(line).append('\n');
            if (line.contains("Started App")) {
                Thread reader = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> {
                            synchronized (log) {
                                log.append(l).append('\n');
                            }
                        });
                    } catch (java.io.UncheckedIOException closed) {
                        // the application was stopped: its output ends
                    }
                });
                reader.setDaemon(true);
                reader.start();
                return port;
            }
        }
        throw new AssertionError("The application did not start:\n" + log);
    }

    private Browser browser() {
        playwright = Playwright.create();
        return BrowserTest.chromium(playwright);
    }

    private static Page device(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    private static void signIn(Page page, String username, String password) {
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
    }
}
