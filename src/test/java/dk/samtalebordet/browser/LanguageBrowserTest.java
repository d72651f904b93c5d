package dk.samtalebordet.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.people.PeopleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The language a person chooses is theirs: it is there again when they sign in next time, on another device. */
class LanguageBrowserTest extends BrowserTest {

    private static final String PASSWORD = "en god lang adgangskode";

    @Autowired
    PeopleFixtures peopleFixtures;

    @Test
    void englishChosenOnceIsThereAtTheNextSignInOnAnotherDevice() {
        String username = peopleFixtures.employee(PASSWORD);
        Page first = signIn(username, PASSWORD);
        assertOnFrontPage(first);
        chooseFromUserMenu(first, "English");
        assertThat(first.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My conversations")))
                .isVisible();
        assertThat(first.locator("html")).hasAttribute("lang", "en");

        Page second = signIn(username, PASSWORD);
        assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My conversations")))
                .isVisible();
        chooseFromUserMenu(second, "Dansk");
        assertOnFrontPage(second);

        Page third = signIn(username, PASSWORD);
        assertOnFrontPage(third);
    }
}
