package dk.samtalebordet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.agreement.FollowUpItem;
import dk.samtalebordet.agreement.ui.MyAgreementsView;
import dk.samtalebordet.archive.ArchivedDocument;
import dk.samtalebordet.archive.ui.PersonnelFileView;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.shared.ui.RefusalView;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** After a plan is locked: the personalemappe and "Mine aftaler", as each role sees them. */
class PersonnelFileAndAgreementsViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanFixtures plans;

    UUID conversation;

    @BeforeEach
    void lockAPlan() {
        conversation = fixtures.mus("sba", "khj");
        agreements.addAgreement(conversation, fixtures.id("khj"), null,
                new AgreementFields("Kursus i digitale byggesager", "Kirsten", "2027", "Sofie Bech Andersen", ""));
        plans.lock(conversation, fixtures.id("sba"), fixtures.id("khj"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEmployeeAndTheirLeaderSeeThePlanInThePersonalemappe() {
        login("khj");
        navigate("personalemappe");
        Grid<ArchivedDocument> own = _find(Grid.class).get(0);
        assertThat(rows(own)).anySatisfy(d -> assertThat(d.conversationId()).isEqualTo(conversation));
        logout();

        login("sba");
        navigate("personalemappe/" + fixtures.id("khj"));
        assertThat(currentView()).isInstanceOf(PersonnelFileView.class);
        Grid<ArchivedDocument> employees = _find(Grid.class).get(0);
        assertThat(rows(employees)).anySatisfy(d -> assertThat(d.conversationId()).isEqualTo(conversation));
    }

    @Test
    void hrAnotherLeaderAndAColleagueAreRefusedTheFile() {
        for (String outsider : List.of("bsm", "mos", "rda")) {
            login(outsider);
            navigate("personalemappe/" + fixtures.id("khj"));
            assertThat(currentView()).as(outsider).isInstanceOf(RefusalView.class);
            logout();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void mineAftalerListsTheLockedAgreementsForTheEmployeeAndTheLeader() {
        login("khj");
        navigate("aftaler");
        assertThat(currentView()).isInstanceOf(MyAgreementsView.class);
        assertThat(rows((Grid<FollowUpItem>) _find(Grid.class).get(0)))
                .anySatisfy(i -> assertThat(i.agreement().fields().what()).isEqualTo("Kursus i digitale byggesager"));
        logout();

        login("sba");
        navigate("aftaler");
        List<Grid> grids = _find(Grid.class);
        assertThat(rows((Grid<FollowUpItem>) grids.get(grids.size() - 1)))
                .anySatisfy(i -> assertThat(i.employeeName()).isEqualTo("Kirsten Holm Jensen"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
