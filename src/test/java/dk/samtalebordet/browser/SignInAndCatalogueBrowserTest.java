package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** In real Chromium: a leader signs in and opens the Albertslund MUS in the catalogue. */
class SignInAndCatalogueBrowserTest extends BrowserTest {

    @Test
    void aLeaderSignsInAndOpensAlbertslundMusInTheCatalogue() {
        Page page = signIn("mos", "demo");
        assertOnFrontPage(page);
        assertThat(page.locator("html")).hasAttribute("lang", "da");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Koncepter")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Koncepter").setLevel(1)))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se konceptet: Albertslund – MUS").setExact(true))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Albertslund – MUS").setLevel(1))).isVisible();
        Locator questions = page.locator(".question-piece");
        assertThat(questions).hasCount(9);
        assertThat(questions.first()).containsText("Hvordan trives du helt grundlæggende med dit arbejde");
        assertThat(questions.first()).containsText("Spørgsmål 1 · Adfærd");
        assertThat(page.locator(".stikord-piece")).hasCount(33);
        assertThat(page.locator(".stikord-piece").getByText("Mål og retning", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        Locator pictures = page.locator(".picture-piece img");
        assertThat(pictures).hasCount(10);
        pictures.last().scrollIntoViewIfNeeded();
        page.waitForFunction("() => [...document.querySelectorAll('.picture-piece img')]"
                + ".every(img => img.complete && img.naturalWidth > 0)");
        assertThat(pictures.first().getAttribute("alt")).isNotBlank();
        assertThat(page.title()).isEqualTo("Albertslund – MUS – Samtalebordet");
    }

    @Test
    void aWrongPasswordGetsAClearDanishMessageAndNoSession() {
        Page page = signIn("mos", "forkert");

        assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));

        page.navigate(url("medarbejdere"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void anEmployeeIsRefusedTheLeadersViewAndCanSignOut() {
        Page page = signIn("jph", "demo");
        assertOnFrontPage(page);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine medarbejdere")))
                .hasCount(0);

        page.navigate(url("medarbejdere"));
        assertThat(page.getByText("Siden findes ikke, eller du har ikke adgang til den.")).isVisible();
        assertThat(page.locator("text=Jens Peter Hansen").and(page.locator("vaadin-grid"))).hasCount(0);

        page.navigate(url(""));
        assertOnFrontPage(page);
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Jens Peter Hansen")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log ud")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate(url("koncepter"));
        assertThat(page.getByLabel("Brugernavn")).isVisible();
    }
}
