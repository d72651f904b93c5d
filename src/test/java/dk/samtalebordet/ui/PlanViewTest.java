package dk.samtalebordet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.plan.ui.PlanView;
import dk.samtalebordet.shared.ui.RefusalView;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan page: the leader proposes, participants approve, outsiders see nothing. */
class PlanViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanService plans;

    @Test
    void theLeaderProposesThePlanFromThePlanPage() {
        UUID id = fixtures.mus("sba", "rda");
        agreements.addAgreement(id, fixtures.id("rda"), null,
                new AgreementFields("Kursus i miljøtilsyn", "Rasmus", "2027", "Sofie", ""));
        login("sba");
        navigate("samtale/" + id + "/plan");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(PlanView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plan-summary")).getText())
                .startsWith("Planen er ikke foreslået som færdig endnu");
        _click(_get(Button.class, spec -> spec.withText("Foreslå planen som færdig")));

        assertThat(plans.overview(id, fixtures.id("rda")).proposed()).isTrue();
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Referat (frivilligt)"))).hasSize(1);
    }

    @Test
    void someoneOutsideTheConversationSeesNothingOfThePlan() {
        UUID id = fixtures.mus("sba", "rda");
        login("khj");
        navigate("samtale/" + id + "/plan");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(RefusalView.class);
    }
}
