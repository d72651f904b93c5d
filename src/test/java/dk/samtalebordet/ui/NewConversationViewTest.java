package dk.samtalebordet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.overview.ConversationOverviewService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.shared.ui.RefusalView;
import dk.samtalebordet.table.ui.ConversationView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A leader creates a conversation and lands at its table; employees cannot create one. */
class NewConversationViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    ConversationOverviewService overview;

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderCreatesAMusAndOpensItsTable() {
        login("mos");
        navigate("samtaler/ny");
        int before = overview.conversationsOf(fixtures.id("lno")).size();

        RadioButtonGroup<ConversationKind> kind = _get(RadioButtonGroup.class, spec -> spec.withLabel("Samtale"));
        kind.setValue(ConversationKind.MUS);
        RadioButtonGroup<PersonSummary> with = _get(RadioButtonGroup.class, spec -> spec.withLabel("Med"));
        with.setValue(with.getListDataView().getItems().filter(p -> p.username().equals("lno")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Opret samtalen")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ConversationView.class);
        assertThat(overview.conversationsOf(fixtures.id("lno"))).hasSize(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void creatingWithoutChoosingAnEmployeeGetsADanishMessage() {
        login("mos");
        navigate("samtaler/ny");

        _get(RadioButtonGroup.class, spec -> spec.withLabel("Samtale")).setValue(ConversationKind.MUS);
        _click(_get(Button.class, spec -> spec.withText("Opret samtalen")));

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("form-error"))
                .getText()).isEqualTo("Vælg den medarbejder, samtalen er med.");
    }

    @Test
    void anEmployeeCannotCreateConversations() {
        login("jph");
        navigate("samtaler/ny");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(RefusalView.class);
    }
}
