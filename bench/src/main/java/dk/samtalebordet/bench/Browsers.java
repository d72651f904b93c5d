package dk.samtalebordet.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's Chromium through Playwright. Every participant gets a browser context of their own (their own
 * cookies and session, as on their own device), and every page carries the probe that timestamps clicks and
 * watches the page for the change a sample waits for.
 */
final class Browsers implements AutoCloseable {

    /** Installed into every page before its own scripts run. */
    private static final String PROBE = """
            (() => {
              const now = () => performance.timeOrigin + performance.now();
              window.__bench = {
                t0: undefined, sent: undefined, received: undefined, t1: undefined, t1Received: undefined,
                observer: null,
                arm(source) {
                  const holds = new Function('return (' + source + ');');
                  this.t1 = undefined;
                  if (this.observer) this.observer.disconnect();
                  if (holds()) return false;
                  this.observer = new MutationObserver(() => {
                    if (this.t1 === undefined && holds()) {
                      this.t1 = now();
                      this.t1Received = this.received;
                      this.observer.disconnect();
                    }
                  });
                  this.observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
                  return true;
                }
              };
              document.addEventListener('click', () => { window.__bench.t0 = now(); }, true);
              // when the click's request leaves this page, and when the last push message arrived: they split a
              // sample into the sending page, the network and server, and the receiving page
              const Native = window.WebSocket;
              const Probed = function (...args) {
                const socket = new Native(...args);
                socket.addEventListener('message', () => { window.__bench.received = now(); });
                const send = socket.send.bind(socket);
                socket.send = data => {
                  if (window.__bench.t0 !== undefined && window.__bench.sent === undefined) window.__bench.sent = now();
                  return send(data);
                };
                return socket;
              };
              Probed.prototype = Native.prototype;
              for (const name of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Probed[name] = Native[name];
              window.WebSocket = Probed;
              // Vaadin sends the click to the server over XHR, and pushes back over the WebSocket
              const xhrSend = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                if (window.__bench.t0 !== undefined && window.__bench.sent === undefined) window.__bench.sent = now();
                return xhrSend.apply(this, args);
              };
            })();
            """;

    /** How long a step in a measured page may take; a change not shown by then counts as lost. */
    static final double TIMEOUT_MS = 30_000;

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();

    Browsers(String chromium, String baseUrl) {
        this.playwright = Playwright.create();
        this.browser = launch(chromium);
        this.baseUrl = baseUrl;
    }

    private Browser launch(String executable) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--disable-background-timer-throttling",
                        "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows")));
    }

    String version() {
        return browser.version();
    }

    /** A new device signed in as the user, showing the given page. */
    Page signedIn(String username, String path) {
        return signedIn(browser, username, path);
    }

    /** A new device signed in on another server (another node), showing the given page there. */
    Page signedInAt(String base, String username, String path) {
        return signedIn(browser, base, username, path, TIMEOUT_MS);
    }

    private Page signedIn(Browser in, String username, String path) {
        return signedIn(in, username, path, TIMEOUT_MS);
    }

    private Page signedIn(Browser in, String username, String path, double timeout) {
        return signedIn(in, baseUrl, username, path, timeout);
    }

    private Page signedIn(Browser in, String base, String username, String path, double timeout) {
        BrowserContext context = in.newContext(new Browser.NewContextOptions().setLocale("da-DK")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(timeout);
        context.addInitScript(PROBE);
        contexts.add(context);
        Page page = context.newPage();
        page.navigate(base + path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Another tab of the same device (same session); Chromium paints only a window's front tab. */
    /** Opens a path on the server the page is on (its node), or on the harness's server for a new page. */
    void open(Page page, String path) {
        String url = page.url();
        String base = url.startsWith("http") ? java.net.URI.create(url).resolve("/").toString() : baseUrl;
        page.navigate(base + path);
    }

    /** Waits until the live table shows its questions and the viewer's presence. */
    static void awaitTable(Page page) {
        page.locator(".live-question").first().waitFor();
        page.locator(".presence-chip.here").first().waitFor();
    }

    /** The text the harness's control page answered with. */
    String control(Page page, String query) {
        open(page, "bench/control?" + query);
        return page.locator("#bench-result").textContent().strip();
    }

    void close(Page page) {
        BrowserContext context = page.context();
        context.close();
        contexts.remove(context);
    }

    static void waitHidden(Page page, String selector) {
        page.locator(selector).first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.HIDDEN));
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}
