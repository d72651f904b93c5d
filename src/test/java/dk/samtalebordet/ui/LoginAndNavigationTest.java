package dk.samtalebordet.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import dk.samtalebordet.concept.ui.ConceptCatalogView;
import dk.samtalebordet.organisation.ui.PeopleDirectoryView;
import dk.samtalebordet.overview.ui.MyConversationsView;
import dk.samtalebordet.overview.ui.MyEmployeesView;
import dk.samtalebordet.security.ui.LoginView;
import dk.samtalebordet.shared.ui.RefusalView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, the navigation each role sees, and refusal of views a role may not see. */
class LoginAndNavigationTest extends KaribuTest {

    @Test
    void anonymousVisitorsAreSentToTheDanishLoginView() throws Exception {
        navigate("koncepter");

        LoginForm form = _get(LoginForm.class);
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(i18n(form).at("/form/username").asText()).isEqualTo("Brugernavn");
        assertThat(i18n(form).at("/form/password").asText()).isEqualTo("Adgangskode");
        assertThat(i18n(form).at("/form/submit").asText()).isEqualTo("Log ind");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void aFailedSignInShowsAClearDanishMessage() throws Exception {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form).at("/errorMessage/title").asText()).isEqualTo("Forkert brugernavn eller adgangskode");
        assertThat(i18n(form).at("/errorMessage/message").asText()).contains("prøv igen");
    }

    @Test
    void anEmployeeSeesConversationsAndConceptsOnly() {
        login("jph");
        navigate("");

        assertThat(currentView()).isInstanceOf(MyConversationsView.class);
        assertThat(menu()).containsExactly("Mine samtaler", "Mine aftaler", "Personalemappe", "Koncepter");
    }

    @Test
    void aLeaderAlsoSeesTheirEmployees() {
        login("mos");
        navigate("");

        assertThat(menu()).containsExactly("Mine samtaler", "Ny samtale", "Mine aftaler", "Personalemappe",
                "Mine medarbejdere", "Koncepter");
    }

    @Test
    void hrSeesTheOrganisationAndTheYearlyOverviewButNotEmployeesOfALeader() {
        login("bsm");
        navigate("");

        assertThat(menu()).containsExactly("Mine samtaler", "Mine aftaler", "Personalemappe", "Koncepter",
                "Årsoverblik", "Personer og enheder");
    }

    @Test
    void theAdministratorSeesTheOrganisationAndAsTheDemosDpoTheAuditLog() {
        login("admin");
        navigate("");

        assertThat(menu()).containsExactly("Mine samtaler", "Mine aftaler", "Personalemappe", "Koncepter",
                "Personer og enheder", "Adgangslog", "Organisation og synkronisering", "Opbevaring og sletning");
    }

    @Test
    void anEmployeeIsRefusedTheLeadersView() {
        login("jph");
        navigate("medarbejdere");

        assertThat(currentView()).isNotInstanceOf(MyEmployeesView.class).isInstanceOf(RefusalView.class);
        assertThat(_find(MyEmployeesView.class)).isEmpty();
    }

    @Test
    void anEmployeeIsRefusedTheOrganisationView() {
        login("ama");
        navigate("personer");

        assertThat(currentView()).isInstanceOf(RefusalView.class);
        assertThat(_find(PeopleDirectoryView.class)).isEmpty();
    }

    @Test
    void aLeaderIsRefusedTheYearlyOverview() {
        login("mos");
        navigate("aarsoverblik");

        assertThat(currentView()).isInstanceOf(RefusalView.class);
    }

    @Test
    void hrIsRefusedTheLeadersView() {
        login("bsm");
        navigate("medarbejdere");

        assertThat(currentView()).isInstanceOf(RefusalView.class);
    }

    @Test
    void theConceptCatalogueIsOpenToEveryRole() {
        for (String user : List.of("jph", "mos", "hlk", "bsm", "admin")) {
            login(user);
            navigate("koncepter");
            assertThat(currentView()).as(user).isInstanceOf(ConceptCatalogView.class);
            logout();
        }
    }

    /** The texts the login form sends to the browser. */
    private static JsonNode i18n(LoginForm form) throws Exception {
        Object raw = form.getElement().getPropertyRaw("i18n");
        String json = raw instanceof elemental.json.JsonValue value ? value.toJson() : String.valueOf(raw);
        return new ObjectMapper().readTree(json);
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
