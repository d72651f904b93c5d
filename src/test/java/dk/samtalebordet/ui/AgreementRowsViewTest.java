package dk.samtalebordet.ui;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An agreement row's Edit and Delete: plain buttons in the row's markup, heard by the list. */
class AgreementRowsViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    AgreementService agreements;
    @Autowired
    LiveTableService table;
    @Autowired
    PresenceService presence;
    @Autowired
    PlanFixtures plans;

    @Test
    void editOpensTheRowsTextAndDeleteTakesTheRowAwayForEverybody() {
        UUID id = fixtures.mus("mos", "cfr");
        agreements.addAgreement(id, fixtures.id("mos"), null, new AgreementFields("Mentor", "", "", "Mads", ""));
        agreements.addAgreement(id, fixtures.id("mos"), null, new AgreementFields("Kursus", "", "", "Mads", ""));
        login("cfr");
        navigate("samtale/" + id);
        assertThat(AgreementRows.buttons("Mentor")).containsExactly("Redigér", "Slet");

        AgreementRows.press("Mentor", "Redigér");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?")).getValue()).isEqualTo("Mentor");

        AgreementRows.press("Kursus", "Slet");
        assertThat(table.state(id, fixtures.id("mos")).agreements()).extracting(a -> a.fields().what())
                .containsExactly("Mentor");
        roundtrip();
        assertThat(AgreementRows.all()).extracting(r -> r.selectFirst(".agreement-what").text())
                .containsExactly("Mentor");
    }

    @Test
    void aRowAnotherParticipantIsEditingSaysSoAndItsButtonsDoNothing() {
        UUID id = fixtures.mus("mos", "cfr");
        AgreementView mentor = agreements.addAgreement(id, fixtures.id("mos"), null,
                new AgreementFields("Mentor", "", "", "Mads", ""));
        login("cfr");
        navigate("samtale/" + id);

        presence.claim(id, PresenceService.agreementField(mentor.id()), fixtures.id("mos"));
        roundtrip();

        assertThat(AgreementRows.all().get(0).selectFirst(".typing-indicator").text()).contains("Mads Østergaard");
        assertThat(AgreementRows.all().get(0).select("button[disabled]")).hasSize(2);
        assertThatThrownBy(() -> AgreementRows.press("Mentor", "Slet")).hasMessageContaining("disabled");
        AgreementRows.send("delete", mentor.id().toString());
        assertThat(table.state(id, fixtures.id("mos")).agreements()).hasSize(1);
    }

    @Test
    void aLockedPlansRowsHaveNoButtonsAndAPressSentAnywayChangesNothing() {
        UUID id = fixtures.mus("mos", "cfr");
        agreements.addAgreement(id, fixtures.id("mos"), null, new AgreementFields("Mentor", "", "", "Mads", ""));
        login("cfr");
        navigate("samtale/" + id);
        String forged = AgreementRows.all().get(0).selectFirst("button").attr("data-agreement");

        plans.lock(id, fixtures.id("mos"), fixtures.id("cfr"));
        roundtrip();

        assertThat(AgreementRows.buttons("Mentor")).isEmpty();
        AgreementRows.send("delete", forged);
        AgreementRows.send("delete", "not an id");
        assertThat(table.state(id, fixtures.id("mos")).agreements()).hasSize(1);
    }

    @Test
    void theFormKeptForTheNextAgreementOpensWithNothingLeftOfTheLastOnesTextOrRefusal() {
        UUID id = fixtures.mus("mos", "cfr");
        login("cfr");
        navigate("samtale/" + id);
        Button add = _find(Button.class, spec -> spec.withClasses("add-agreement")).get(0);
        _click(add);
        TextArea what = _get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?"));
        TextField responsible = _get(TextField.class, spec -> spec.withLabel("Ansvar"));
        HasValueUtilsKt._setValue(what, "Kursus");
        _click(_get(Button.class, spec -> spec.withText("Gem")));
        assertThat(responsible.isInvalid()).as("refused: nobody is responsible").isTrue();
        assertThat(add.isVisible()).as("the form is still open").isFalse();

        HasValueUtilsKt._setValue(responsible, "Camilla");
        _click(_get(Button.class, spec -> spec.withText("Gem")));
        assertThat(table.state(id, fixtures.id("mos")).agreements()).extracting(a -> a.fields().what())
                .containsExactly("Kursus");
        assertThat(add.isVisible()).isTrue();
        assertThat(what.getParent().orElseThrow().isVisible()).as("the form is hidden").isFalse();

        _click(add);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?"))).isSameAs(what);
        assertThat(what.getValue()).isEmpty();
        assertThat(responsible.getValue()).isEmpty();
        assertThat(responsible.isInvalid()).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Annullér")));
        AgreementRows.press("Kursus", "Redigér");
        assertThat(what.getValue()).isEqualTo("Kursus");
        assertThat(responsible.getValue()).isEqualTo("Camilla");
        _click(_get(Button.class, spec -> spec.withText("Annullér")));
        assertThat(presence.typing(id)).as("the row is let go when the form closes").doesNotContainKey(
                PresenceService.agreementField(table.state(id, fixtures.id("mos")).agreements().get(0).id()));
        _click(add);
        assertThat(what.getValue()).as("a new agreement after an edit starts empty").isEmpty();
    }
}
