package dk.samtalebordet.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.shared.ui.UnsavedText;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Pages that follow others live never replace what a person is writing, and a lock keeps it in view. */
class NothingLostViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanService plans;

    @Test
    void minutesBeingWrittenSurviveOthersApprovingAndStayInViewWhenThePlanLocks() {
        UUID id = proposed();
        login("mos");
        navigate("samtale/" + id + "/plan");
        TextArea minutes = _get(TextArea.class, spec -> spec.withLabel("Referat (frivilligt)"));
        HasValueUtilsKt._setValue(minutes, "Vi talte om sparring");

        plans.approve(id, fixtures.id("mos"));
        roundtrip();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Referat (frivilligt)")).getValue())
                .as("the page was rendered anew by the approval; the minutes being written stay")
                .isEqualTo("Vi talte om sparring");

        plans.approve(id, fixtures.id("lno"));
        roundtrip();
        UnsavedText unsaved = _get(UnsavedText.class);
        assertThat(unsaved.text()).isEqualTo("Vi talte om sparring");
        assertThat(plans.overview(id, fixtures.id("mos")).minutes()).isEmpty();
    }

    @Test
    void minutesStartedBeforeSomeoneElseSavedOthersAreRefusedAndKeptToMerge() {
        UUID id = proposed();
        login("lno");
        navigate("samtale/" + id + "/plan");
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Referat (frivilligt)")),
                "Lars' referat");
        plans.saveMinutes(id, fixtures.id("mos"), "Mads' referat", null, "");
        _click(_get(Button.class, spec -> spec.withText("Gem")));

        assertThat(plans.overview(id, fixtures.id("mos")).minutes()).isEqualTo("Mads' referat");
        assertThat(_get(UnsavedText.class).text()).isEqualTo("Lars' referat");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Referat (frivilligt)")).getValue())
                .isEqualTo("Mads' referat");
    }

    @Test
    void anAgreementBeingWrittenWhenThePlanLocksStaysWithWhyItWasNotSaved() {
        UUID id = proposed();
        plans.approve(id, fixtures.id("mos"));
        login("lno");
        navigate("samtale/" + id);
        _click(_find(Button.class, spec -> spec.withClasses("add-agreement")).get(0));
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?")), "Kursus i el");

        plans.approve(id, fixtures.id("lno"));
        roundtrip();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?")).getValue())
                .isEqualTo("Kursus i el");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("form-error"))).extracting(Paragraph::getText)
                .contains("Udviklingsplanen blev låst, før aftalen blev gemt. Den står ikke i planen – kopiér "
                        + "teksten, hvis du vil bruge den.");
        assertThat(_find(Button.class, spec -> spec.withText("Gem"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingTheVariantOrOpeningASecondFormNeverTakesAwayAnAgreementBeingWritten() {
        UUID id = fixtures.mus("mos", "lno");
        agreements.addAgreement(id, fixtures.id("lno"), null, new AgreementFields("Mentor", "", "", "Mads", ""));
        login("lno");
        navigate("samtale/" + id);
        List<Button> adds = _find(Button.class, spec -> spec.withClasses("add-agreement"));
        _click(adds.get(adds.size() - 1)); // the agreements of the conversation as a whole, where Mentor is
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?")), "Kursus i el");

        RadioButtonGroup<Variant> variants = _get(RadioButtonGroup.class, spec -> spec.withLabel("Vis som"));
        HasValueUtilsKt._setValue(variants, Variant.SKEMA);
        assertThat(variants.getValue()).isEqualTo(Variant.PUSLESPIL);
        assertThat(variants.getErrorMessage()).isEqualTo("Gem eller luk først det, du er i gang med at skrive, "
                + "så det ikke går tabt.");
        AgreementRows.press("Mentor", "Redigér");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?")).getValue())
                .as("editing another row waits until this one is saved or cancelled").isEqualTo("Kursus i el");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("form-error"))).extracting(Paragraph::getText)
                .contains("Gem eller annullér denne aftale, før du åbner en anden.");
    }

    @Test
    void mineSamtalerShowsWhatIsStoredNowWhenItsMenuItemIsChosenAgain() {
        login("cfr");
        navigate("");
        int before = _find(Grid.class).isEmpty() ? 0 : GridKt._size(_get(Grid.class));
        fixtures.mus("mos", "cfr");
        navigate("");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(before + 1);
    }

    /** A MUS between mos and lno with an agreement, proposed by the leader. */
    private UUID proposed() {
        UUID id = fixtures.mus("mos", "lno");
        agreements.addAgreement(id, fixtures.id("lno"), null, new AgreementFields("Kursus", "", "", "Mads", ""));
        plans.propose(id, fixtures.id("mos"));
        return id;
    }
}
