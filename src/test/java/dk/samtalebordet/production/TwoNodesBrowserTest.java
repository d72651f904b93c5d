package dk.samtalebordet.production;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.App;
import dk.samtalebordet.ChildApplication;
import dk.samtalebordet.PostgresServer;
import dk.samtalebordet.browser.BrowserTest;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.people.PeopleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two nodes behind a sticky load balancer, on one PostgreSQL: the leader's browser on node A, the employee's on
 * node B, each node a process of its own that knows nothing of the other but the database. What one does shows
 * on the other's page without a reload, each sees the other here and typing; node B is killed (SIGKILL) and
 * started again, and the employee finds everything as it was.
 */
class TwoNodesBrowserTest {

    private static final Pattern HERE = Pattern.compile("(^|\\s)here(\\s|$)");
    private static final Pattern PLACED = Pattern.compile("(^|\\s)placed(\\s|$)");
    private static final String NOTES = "Noter – Adfærd";

    private final List<AutoCloseable> running = new ArrayList<>();
    private Playwright playwright;

    @AfterEach
    void stop() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        for (AutoCloseable node : running) {
            node.close();
        }
    }

    @Test
    void theLeaderOnOneNodeAndTheEmployeeOnAnotherHoldTheirMusTogetherAndAKilledNodeLosesNothing()
            throws Exception {
        String database = PostgresServer.newDatabase();
        List<String> argumentsOfA = new ArrayList<>(arguments(database, "a"));
        argumentsOfA.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        ConfigurableApplicationContext a = new SpringApplicationBuilder(App.class)
                .run(argumentsOfA.toArray(String[]::new));
        running.add(a::close);
        ChildApplication b = nodeB(database);
        int portA = ((WebServerApplicationContext) a).getWebServer().getPort();
        ConversationFixtures fixtures = a.getBean(ConversationFixtures.class);
        PeopleService people = a.getBean(PeopleService.class);
        UUID conversation = fixtures.mus("mos", "jph");

        playwright = Playwright.create();
        Browser browser = BrowserTest.chromium(playwright);
        Page leader = open(browser, portA, conversation, "mos");
        Page employee = open(browser, b.port(), conversation, "jph");
        Locator leaderSeesEmployee = chip(leader, people, "jph");
        assertThat(leaderSeesEmployee).hasClass(HERE);
        assertThat(chip(employee, people, "mos")).hasClass(HERE);

        leader.locator(".stikord-piece[data-key='Motivation']").click();
        Locator piece = employee.locator(".stikord-piece[data-key='Motivation']");
        assertThat(piece).hasClass(PLACED);
        assertThat(piece.locator(".placer")).hasText("MØ");

        employee.getByLabel(NOTES).pressSequentially("Mere ansvar", new Locator.PressSequentiallyOptions()
                .setDelay(40));
        assertThat(leader.locator(".typing-indicator").first()).containsText("skriver");
        assertThat(leader.getByLabel(NOTES)).hasValue("Mere ansvar");

        b.kill();
        // a dead node's pages are forgotten once it has not vouched for them for the timeout
        assertThat(leaderSeesEmployee).not().hasClass(HERE, new LocatorAssertions.HasClassOptions().setTimeout(30_000));

        ChildApplication again = nodeB(database);
        Page back = open(browser, again.port(), conversation, "jph");
        assertThat(back.locator(".stikord-piece[data-key='Motivation']")).hasClass(PLACED);
        assertThat(back.getByLabel(NOTES)).hasValue("Mere ansvar");
        assertThat(leaderSeesEmployee).hasClass(HERE);
    }

    private ChildApplication nodeB(String database) throws Exception {
        ChildApplication node = ChildApplication.start(arguments(database, "b"), Map.of());
        running.add(node);
        return node;
    }

    private static List<String> arguments(String database, String name) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=demo", "--samtalebordet.cluster.enabled=true",
                "--samtalebordet.cluster.node-name=" + name));
        PostgresServer.properties(database).forEach((k, v) -> arguments.add("--" + k + "=" + v));
        return arguments;
    }

    private static Page open(Browser browser, int port, UUID conversation, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/samtale/" + conversation);
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        // a node that has just started serves its first pages while it still loads and compiles its classes
        assertThat(page.locator(".stikord-piece")).hasCount(33, new LocatorAssertions.HasCountOptions()
                .setTimeout(20_000));
        return page;
    }

    private static Locator chip(Page page, PeopleService people, String username) {
        return page.locator(".presence-chip[data-person='" + people.findAccount(username).orElseThrow().personId()
                + "']");
    }
}
