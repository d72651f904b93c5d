package dk.samtalebordet.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Real-browser tests: Debian's Chromium driven by Playwright against the running application. Every person gets
 * their own browser context, so their sessions are as separate as two devices.
 */
@IntegrationTest
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.path", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A new device: its own cookies and session. */
    protected Page newDevice() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        return context.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens the login page and signs in; returns when the front page is shown. */
    protected Page signIn(String username, String password) {
        Page page = newDevice();
        page.navigate(url("login"));
        submitLogin(page, username, password);
        return page;
    }

    protected void submitLogin(Page page, String username, String password) {
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
    }

    protected void assertOnFrontPage(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine samtaler")))
                .isVisible();
    }
}
