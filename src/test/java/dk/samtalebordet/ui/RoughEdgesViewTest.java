package dk.samtalebordet.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.preparation.Preparation.Status;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PieceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The rough edges of a first conversation, each where a person meets it. */
class RoughEdgesViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PreparationService preparations;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ArchiveService archive;

    @Test
    void movingAConversationToAPlaceTooLongToStoreSaysSoNextToThePlaceAndChangesNothing() {
        UUID id = fixtures.mus("mos", "cfr");
        login("mos");
        navigate("samtale/" + id);
        _click(_get(Button.class, spec -> spec.withText("Flyt eller aflys")));
        TextField place = _get(TextField.class, spec -> spec.withLabel("Sted"));
        HasValueUtilsKt._setValue(place, "x".repeat(301));
        _click(_get(Button.class, spec -> spec.withText("Flyt samtalen")));

        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Stedet må højst være 300 tegn (du har skrevet 301). "
                + "Teksten er ikke gemt – forkort den, og prøv igen.");
        assertThat(_find(Button.class, spec -> spec.withText("Flyt samtalen"))).as("the dialog stays open")
                .hasSize(1);
        assertThat(table.state(id, fixtures.id("mos")).place()).isEqualTo("Lokale 1");
    }

    @Test
    void aFollowUpDateInThePastOrFarAheadIsToldAsSuchNotAsADateThatDoesNotExist() {
        UUID id = fixtures.mus("mos", "cfr");
        login("cfr");
        navigate("samtale/" + id);
        _click(_find(Button.class, spec -> spec.withClasses("add-agreement")).get(0));
        _get(TextArea.class, spec -> spec.withLabel("Hvad aftaler I?")).setValue("Kursus");
        _get(TextField.class, spec -> spec.withLabel("Ansvar")).setValue("Camilla");
        DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("Opfølgning (dato)"));

        HasValueUtilsKt._setValue(date, LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Gem")));
        assertThat(date.getErrorMessage()).isEqualTo("Opfølgningen skal være i dag eller senere.");

        HasValueUtilsKt._setValue(date, LocalDate.of(9999, 1, 1));
        _click(_get(Button.class, spec -> spec.withText("Gem")));
        assertThat(date.getErrorMessage()).isEqualTo("Opfølgningen kan højst ligge 3 år frem – vælg en "
                + "tidligere dato.");
        assertThat(table.state(id, fixtures.id("mos")).agreements()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void sharingRightAfterTickingThreeSharesThemAndAFourthTickIsRefusedAtOnce() {
        UUID id = fixtures.mus("mos", "cfr");
        login("cfr");
        navigate("samtale/" + id + "/forberedelse");
        CheckboxGroup<String> choice = _get(CheckboxGroup.class, spec -> spec.withLabel("Stikord"));
        HasValueUtilsKt._setValue(choice, Set.of("Mod", "Ansvar", "Ledelse"));
        assertThat(choice.getItemEnabledProvider().test("Fravær")).as("a 4th is not offered").isFalse();
        HasValueUtilsKt._setValue(choice, Set.of("Mod", "Ansvar", "Ledelse", "Fravær"));
        assertThat(choice.getValue()).containsExactlyInAnyOrder("Mod", "Ansvar", "Ledelse");
        assertThat(choice.getErrorMessage()).isEqualTo("Du har allerede valgt 3 stikord. Fjern et af dem, før du "
                + "vælger et andet.");

        _click(_get(Button.class, spec -> spec.withText("Del mine stikord")));
        var mine = preparations.view(id, fixtures.id("cfr")).mine();
        assertThat(mine.status()).isEqualTo(Status.SHARED);
        assertThat(mine.stikord()).containsExactlyInAnyOrder("Mod", "Ansvar", "Ledelse");
    }

    @Test
    void aPlacedPieceIsReadOutWithWhoPlacedIt() {
        UUID id = fixtures.mus("mos", "cfr");
        table.setPiece(id, fixtures.id("mos"), PieceKind.STIKORD, "Motivation", true);
        login("cfr");
        navigate("samtale/" + id);
        assertThat(Trays.shown(Trays.stikord(), "Motivation")).hasValueSatisfying(shown ->
                assertThat(shown.getString("label")).isEqualTo("Motivation, lagt på bordet af Mads Østergaard"));
    }

    @Test
    void thePersonalemappeShowsTheFilesWholeChecksumUnderItsOwnName() {
        UUID id = fixtures.mus("mos", "cfr");
        agreements.addAgreement(id, fixtures.id("cfr"), null, new AgreementFields("Kursus", "", "", "Mads", ""));
        plans.lock(id, fixtures.id("mos"), fixtures.id("cfr"));
        String sha256 = archive.documentsOf(id, fixtures.id("cfr")).get(0).sha256();

        login("cfr");
        navigate("personalemappe");
        Grid<?> grid = _get(Grid.class);
        List<String> shown = new java.util.ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            shown.add(((Span) GridKt._getCellComponent(grid, row, "hash")).getText());
        }
        assertThat(shown).contains(sha256);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Kontrolsummen er SHA-256 af selve PDF-filen"));
    }
}
