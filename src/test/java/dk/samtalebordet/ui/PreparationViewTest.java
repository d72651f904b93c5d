package dk.samtalebordet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.preparation.ui.PreparationView;
import dk.samtalebordet.shared.ui.RefusalView;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The preparation page: choosing 3 stikord, and private notes no other role ever sees. */
class PreparationViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PreparationService preparations;
    @Autowired
    LiveTableService table;

    @Test
    @SuppressWarnings("unchecked")
    void choosingTwoStikordIsRefusedAndThreeAreSaved() {
        UUID id = fixtures.mus("mos", "cfr");
        login("cfr");
        navigate("samtale/" + id + "/forberedelse");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(PreparationView.class);

        CheckboxGroup<String> choice = _get(CheckboxGroup.class, spec -> spec.withLabel("Stikord"));
        choice.setValue(Set.of("Mod", "Ansvar"));
        _click(_get(Button.class, spec -> spec.withText("Gem mine stikord")));
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).isEqualTo("Vælg præcis 3 stikord (du har valgt 2).");

        choice.setValue(Set.of("Mod", "Ansvar", "Ledelse"));
        _click(_get(Button.class, spec -> spec.withText("Gem mine stikord")));
        assertThat(preparations.view(id, fixtures.id("cfr")).mine().stikord())
                .containsExactlyInAnyOrder("Mod", "Ansvar", "Ledelse");
    }

    @Test
    void privateNotesAreShownToTheirAuthorOnly() {
        UUID id = fixtures.mus("mos", "cfr");
        long question = table.state(id, fixtures.id("cfr")).concept().allQuestions().get(0).id();
        preparations.savePrivateNote(id, fixtures.id("cfr"), question, "Kun til mig selv");

        login("cfr");
        navigate("samtale/" + id + "/forberedelse");
        assertThat(_find(TextArea.class)).extracting(TextArea::getValue).contains("Kun til mig selv");
        logout();

        login("mos");
        navigate("samtale/" + id + "/forberedelse");
        assertThat(_find(TextArea.class)).extracting(TextArea::getValue).doesNotContain("Kun til mig selv");
        navigate("samtale/" + id);
        assertThat(_find(TextArea.class)).extracting(TextArea::getValue).doesNotContain("Kun til mig selv");
        logout();

        login("bsm");
        navigate("samtale/" + id + "/forberedelse");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(RefusalView.class);
    }
}
