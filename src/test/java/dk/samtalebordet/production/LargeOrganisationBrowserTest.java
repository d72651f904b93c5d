package dk.samtalebordet.production;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.App;
import dk.samtalebordet.browser.BrowserTest;
import dk.samtalebordet.directory.DirectorySync;
import dk.samtalebordet.directory.TestDirectory;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.people.PeopleService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large municipality: 5,000 directory people in 300 org units, synchronised into an application of its own.
 * The directory view stays usable at that size: it loads a page at a time (the browser holds a screenful of
 * rows, not 5,000) and finds a person by name. The times of the synchronisations are measured in the benchmark
 * harness, not here.
 */
class LargeOrganisationBrowserTest {

    private static final int USERS = 5000;

    private static TestDirectory directory;
    private static ConfigurableApplicationContext app;
    private static ImportReport first;
    private static Playwright playwright;

    @BeforeAll
    static void aLargeMunicipality() {
        directory = new TestDirectory();
        directory.addOrganisation(USERS, 300);
        app = new SpringApplicationBuilder(App.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:large-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--samtalebordet.ldap.url=" + directory.url(), "--samtalebordet.ldap.domain=kommune.local",
                "--samtalebordet.ldap.base-dn=" + TestDirectory.PEOPLE,
                "--samtalebordet.ldap.bind-dn=" + TestDirectory.SERVICE_DN,
                "--samtalebordet.ldap.bind-password=" + TestDirectory.SERVICE_PASSWORD,
                "--samtalebordet.ldap.sync.enabled=false",
                "--samtalebordet.roles.hr=" + TestDirectory.HR_GROUP,
                "--samtalebordet.roles.administrator=" + TestDirectory.ADMIN_GROUP);
        first = app.getBean(DirectorySync.class).synchronise(null);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (directory != null) {
            directory.shutDown();
        }
    }

    @Test
    void everybodyIsSynchronisedAndAnUnchangedRunChangesNothing() {
        assertThat(first.created()).isEqualTo(USERS);
        assertThat(first.refused()).isZero();
        PeopleService people = app.getBean(PeopleService.class);
        assertThat(people.count("")).isGreaterThanOrEqualTo(USERS);
        assertThat(people.directReports(people.findAccount("leder137").orElseThrow().personId())).hasSize(16);

        ImportReport again = app.getBean(DirectorySync.class).synchronise(null);

        assertThat(again.unchanged()).isEqualTo(USERS);
        assertThat(again.lines()).isEmpty();
    }

    @Test
    void theDirectoryViewLoadsAPageAtATimeAndFindsAPersonByName() {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        playwright = Playwright.create();
        Browser browser = BrowserTest.chromium(playwright);
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK")).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Brugernavn").fill("direktoer");
        page.getByLabel("Adgangskode").fill(TestDirectory.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personer og enheder")).click();

        Locator grid = page.locator("vaadin-grid.people-grid");
        page.waitForFunction("n => document.querySelector('vaadin-grid.people-grid')?.size >= n", USERS);
        assertThat(grid).containsText("Anne");
        int cells = ((Number) grid.evaluate("g => g.querySelectorAll('vaadin-grid-cell-content').length"))
                .intValue();
        assertThat(cells).as("cells in the browser: a screenful of rows of 7 columns, not 5,000")
                .isLessThan(7 * 200);

        page.getByLabel("Søg").fill("Leder137");
        page.waitForFunction("() => document.querySelector('vaadin-grid.people-grid')?.size === 1");
        assertThat(grid).containsText("leder137");
        assertThat(grid).containsText("Enhed 138");
    }
}
