package dk.samtalebordet.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitUntilState;
import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.people.PeopleService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
    private final List<String> policyViolations = Collections.synchronizedList(new ArrayList<>());

    protected static final Pattern HERE = Pattern.compile("(^|\\s)here(\\s|$)");
    protected static final Pattern PLACED = Pattern.compile("(^|\\s)placed(\\s|$)");

    @LocalServerPort
    protected int port;
    @Autowired
    protected PeopleService people;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = chromium(playwright);
    }

    /** Debian's Chromium, headless, with the flags this machine's closed network needs. */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
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

    /** Every page of every test runs under the Content-Security-Policy: any violation the browser reports fails. */
    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        assertThat(policyViolations).as("Content-Security-Policy violations reported by Chromium").isEmpty();
    }

    /** The violations reported so far. */
    protected List<String> reportedPolicyViolations() {
        synchronized (policyViolations) {
            return List.copyOf(policyViolations);
        }
    }

    /** Leaves violations a test caused on purpose out of the check at its end. */
    protected void forgetPolicyViolations() {
        policyViolations.clear();
    }

    /** A new device: its own cookies and session. */
    protected Page newDevice() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        context.setDefaultTimeout(20_000);
        context.exposeBinding("samtalebordetPolicyViolation", (source, args) -> {
            policyViolations.add(source.page().url() + ": " + args[0]);
            return null;
        });
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "window.samtalebordetPolicyViolation(e.violatedDirective + ' blocked ' + e.blockedURI + ' in '"
                + " + e.sourceFile + ':' + e.lineNumber));");
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

    /** Opens the user menu (the person's name at the top) and chooses an item in it. */
    protected static void chooseFromUserMenu(Page page, String item) {
        page.locator(".user-menu").getByRole(AriaRole.MENUITEM).first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item)).click();
    }

    protected void assertOnFrontPage(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine samtaler")))
                .isVisible();
    }

    // ---- the live table ----

    protected long personId(String username) {
        return people.findAccount(username).orElseThrow().personId();
    }

    /**
     * Each person opens the conversation on their own new device and signs in on the login page they are sent
     * to; returns once everybody has the table in front of them. The devices load side by side.
     */
    protected List<Page> openTable(UUID conversation, String... usernames) {
        List<Page> pages = new ArrayList<>();
        for (String username : usernames) {
            Page page = newDevice();
            page.navigate(url("samtale/" + conversation),
                    new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            pages.add(page);
        }
        for (int i = 0; i < usernames.length; i++) {
            submitLogin(pages.get(i), usernames[i], "demo");
        }
        for (int i = 0; i < usernames.length; i++) {
            assertThat(chip(pages.get(i), usernames[i])).hasClass(HERE);
            assertThat(pages.get(i).locator(".stikord-piece")).hasCount(33);
        }
        return pages;
    }

    /** A person opens the conversation on a new device whose network to the server runs through the relay. */
    protected Page openTableThrough(CuttableProxy network, UUID conversation, String username) {
        Page page = newDevice();
        page.navigate("http://localhost:" + network.port() + "/samtale/" + conversation);
        submitLogin(page, username, "demo");
        assertThat(chip(page, username)).hasClass(HERE);
        return page;
    }

    protected Locator chip(Page page, String username) {
        return page.locator(".presence-chip[data-person='" + personId(username) + "']");
    }

    protected void assertPresent(Page page, String... usernames) {
        for (String username : usernames) {
            assertThat(chip(page, username)).hasClass(HERE);
            assertThat(chip(page, username)).containsText("er her");
        }
    }

    /**
     * The page as a person sees it at a desktop's 1280 px and a phone's 390 px, kept for looking at
     * (target/screenshots/{name}-{width}.png); the page gets its size back afterwards.
     */
    protected static void screenshots(Page page, String name) {
        var before = page.viewportSize();
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.waitForFunction("w => window.innerWidth === w", width);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of("target/screenshots/" + name + "-" + width + ".png")));
        }
        page.setViewportSize(before.width, before.height);
        page.waitForFunction("w => window.innerWidth === w", before.width);
    }

    protected static Locator stikord(Page page, String key) {
        return page.locator(".stikord-piece[data-key='" + key + "']");
    }

    protected static Locator perspective(Page page, String name) {
        return page.locator(".live-perspective").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    protected static void addAgreement(Locator perspective, String what, String who, String when, String responsible,
                                     String followUp) {
        perspective.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj aftale")).click();
        Locator form = perspective.locator(".agreement-form");
        form.getByLabel("Hvad aftaler I?", new Locator.GetByLabelOptions().setExact(true)).fill(what);
        form.getByLabel("Hvem", new Locator.GetByLabelOptions().setExact(true)).fill(who);
        form.getByLabel("Hvornår", new Locator.GetByLabelOptions().setExact(true)).fill(when);
        form.getByLabel("Ansvar", new Locator.GetByLabelOptions().setExact(true)).fill(responsible);
        form.getByLabel("Hvordan følges der op?", new Locator.GetByLabelOptions().setExact(true)).fill(followUp);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem").setExact(true)).click();
        assertThat(form).isHidden();
    }

    /**
     * Waits until the page has nothing on its way to the server (Vaadin's client is not active), so what the
     * person just did is known there before someone else acts, as it is for people a moment apart.
     */
    protected static void awaitSynced(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    /** A marker on the window that a reload would wipe out. */
    protected static void markNoReload(Page page) {
        page.evaluate("() => { window.samtalebordetNoReload = true; }");
    }

    protected void assertNotReloaded(Page page) {
        assertThat(page.evaluate("() => window.samtalebordetNoReload === true")).isEqualTo(true);
    }

    /** Types in the notes from a moment given on the machine's clock, so two pages start within a millisecond. */
    protected static void typeAt(Page page, String label, long at, String text) {
        page.evaluate("([label, at, text]) => {"
                + " const host = [...document.querySelectorAll('vaadin-text-area')].find(a => a.label === label);"
                + " const area = host.inputElement; area.focus();"
                + " let i = 0; const step = () => { area.value += text[i++];"
                + "  area.dispatchEvent(new Event('input', {bubbles: true, composed: true}));"
                + "  if (i < text.length) { setTimeout(step, 30); } };"
                + " setTimeout(step, at - Date.now()); }", Arrays.asList(label, (double) at, text));
    }

    /** The dialog that tells the person whose text was refused that someone else's came first. */
    protected static Locator conflict(Page page) {
        return page.locator("vaadin-dialog-overlay[opened]").filter(new Locator.FilterOptions()
                .setHasText("blev ændret, mens du skrev"));
    }
}
