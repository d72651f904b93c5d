package dk.samtalebordet.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.note.NoteModel;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.presence.PresenceEvents;
import dk.samtalebordet.presence.ui.PresenceBar;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.ui.RefusalView;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel;
import dk.samtalebordet.table.ui.ConversationView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The live table in a browserless UI: it shows the shared state and sends every change through the service. */
class ConversationViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    LiveEventBus bus;
    @Autowired
    PreparationService preparations;

    UUID conversation;

    @BeforeEach
    void createConversation() {
        conversation = fixtures.mus("mos", "cfr");
    }

    @Test
    void aParticipantSeesTheNineQuestionPiecesTheStikordAndThePictures() {
        login("cfr");
        navigate("samtale/" + conversation);

        assertThat(currentView()).isInstanceOf(ConversationView.class);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("live-question")))
                .hasSize(9);
        assertThat(Trays.keys(Trays.stikord())).hasSize(33).contains("Motivation", "Mål og retning");
        assertThat(Trays.keys(Trays.pictures())).hasSize(10);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Noter – Adfærd"))).hasSize(1);
    }

    @Test
    void pressingAStikordPlacesItForEverybody() {
        login("cfr");
        navigate("samtale/" + conversation);

        Trays.press(Trays.stikord(), "Motivation");

        assertThat(table.state(conversation, fixtures.id("mos")).pieces())
                .extracting(TableModel.PlacedPiece::key, TableModel.PlacedPiece::placedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Motivation", fixtures.id("cfr")));
    }

    @Test
    void theLeaderRewordsAQuestionAndTheOriginalShowsOnlyWhileItIsReworded() {
        login("mos");
        navigate("samtale/" + conversation);
        com.vaadin.flow.component.html.Div card = Cards.first();
        String original = Cards.model(card).getString("text");
        assertThat(Cards.model(card).hasKey("original")).isFalse();
        assertThat(_find(card, TextArea.class)).isEmpty();
        assertThat(Cards.buttons(card)).containsExactly("Fokus", "Læg på bordet", "Drøftet", "Omformulér");

        Cards.press(card, "Omformulér");
        _get(card, TextArea.class).setValue("Hvordan trives du i Vej og Park?");
        _click(_get(card, Button.class, spec -> spec.withText("Gem")));

        assertThat(_find(card, TextArea.class)).as("the editor closes").isEmpty();
        roundtrip(); // the new wording arrives with the table's event, after the save's commit
        assertThat(Cards.model(card).getString("text")).isEqualTo("Hvordan trives du i Vej og Park?");
        assertThat(Cards.model(card).getString("original")).isEqualTo(original);
        assertThat(Cards.model(card).getString("status")).isEqualTo("Omformuleret af MØ");

        Cards.press(card, "Omformulér");
        _click(_get(card, Button.class, spec -> spec.withText("Brug den oprindelige")));
        roundtrip(); // the card shows what the table's event tells, as every other participant's does
        assertThat(Cards.model(card).hasKey("original")).isFalse();
        assertThat(Cards.model(card).getString("text")).isEqualTo(original);
    }

    @Test
    void anEmployeeFocusesAQuestionAndTheButtonSaysItCanBeTakenAway() {
        login("cfr");
        navigate("samtale/" + conversation);
        com.vaadin.flow.component.html.Div card = Cards.first();
        assertThat(Cards.buttons(card)).as("rewording is the leader's").doesNotContain("Omformulér");

        Cards.press(card, "Fokus");
        roundtrip();
        assertThat(card.getClassNames()).contains("in-focus");
        assertThat(Cards.buttons(card)).startsWith("Fjern fokus");
        assertThat(Cards.model(card).getArray("actions").getObject(0).getBoolean("pressed")).isTrue();
        assertThat(Cards.model(card).getString("status")).isEqualTo("I fokus");
    }

    @Test
    void aPlacedStikordCarriesThePlacersInitialsAndLosesThemWhenTakenOff() {
        login("cfr");
        navigate("samtale/" + conversation);
        var tray = Trays.stikord();

        Trays.press(tray, "Motivation");
        roundtrip(); // the piece shows what the table's event tells
        assertThat(Trays.shown(tray, "Motivation")).hasValueSatisfying(shown -> {
            assertThat(shown.getString("placer")).isEqualTo("CF");
            assertThat(shown.getString("label")).isEqualTo("Motivation, lagt på bordet af Camilla Frost");
        });

        Trays.press(tray, "Motivation");
        roundtrip();
        assertThat(Trays.shown(tray, "Motivation")).as("nothing shown but the name").isEmpty();
    }

    @Test
    void aStikordBothChoseBeforehandCarriesBothTheirInitialsAsShared() {
        preparations.share(conversation, fixtures.id("mos"), List.of("Motivation", "Mod", "Ansvar"));
        preparations.share(conversation, fixtures.id("cfr"), List.of("Motivation", "Ledelse", "Fravær"));
        login("cfr");
        navigate("samtale/" + conversation);
        var tray = Trays.stikord();

        assertThat(Trays.shown(tray, "Motivation")).hasValueSatisfying(shown -> {
            assertThat(shown.getString("chooser")).isEqualTo("★ MØ CF · fælles");
            assertThat(shown.getBoolean("shared")).isTrue();
            assertThat(shown.getString("label"))
                    .isEqualTo("Motivation, valgt før samtalen af Mads Østergaard, Camilla Frost");
        });
        assertThat(Trays.shown(tray, "Ledelse")).hasValueSatisfying(shown -> {
            assertThat(shown.getString("chooser")).isEqualTo("★ CF");
            assertThat(shown.getBoolean("shared")).isFalse();
        });
        assertThat(Trays.shown(tray, "Samarbejde")).as("chosen by nobody").isEmpty();
    }

    @Test
    void anotherEmployeeOrLeaderOrHrIsRefusedAndShownNothing() {
        for (String outsider : List.of("jph", "sba", "bsm", "admin")) {
            login(outsider);
            navigate("samtale/" + conversation);
            assertThat(currentView()).as(outsider).isInstanceOf(RefusalView.class);
            assertThat(_find(ConversationView.class)).isEmpty();
            logout();
        }
    }

    @Test
    void aGuessedOrTamperedAddressRevealsNothing() {
        login("cfr");
        for (String address : List.of("samtale/" + UUID.randomUUID(), "samtale/ikke-et-id",
                "samtale/" + conversation + "x")) {
            navigate(address);
            assertThat(currentView()).as(address).isInstanceOf(RefusalView.class);
        }
    }

    @Test
    void aPresenceEventThatArrivesLateDoesNotHideWhoIsHere() {
        login("cfr");
        navigate("samtale/" + conversation);

        // an event made before cfr joined, reaching the page after the one that said cfr is here: the page
        // asks who is here now, whatever the event's moment
        bus.announce(new PresenceEvents.PresenceChanged(conversation));
        roundtrip();

        // the bar is markup the browser shows as it is
        org.jsoup.nodes.Element me = org.jsoup.Jsoup.parseBodyFragment(_get(PresenceBar.class).getElement()
                .getProperty("innerHTML")).selectFirst(".presence-chip[data-person=" + fixtures.id("cfr") + "]");
        assertThat(me).isNotNull();
        assertThat(me.classNames()).contains("here");
        assertThat(me.text()).contains("er her");
    }

    @Test
    void switchingToSkemaChangesOnlyMyScreen() {
        login("cfr");
        navigate("samtale/" + conversation);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Variant> variant = _get(RadioButtonGroup.class, spec -> spec.withLabel("Vis som"));
        variant.setValue(Variant.SKEMA);

        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("skema-wrapper")))
                .hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("live-question")))
                .hasSize(9);
        assertThat(table.state(conversation, fixtures.id("mos")).variant()).isEqualTo(Variant.PUSLESPIL);
    }

    @Test
    void aTooLongNoteGetsADanishMessageAndIsNotSaved() {
        login("cfr");
        navigate("samtale/" + conversation);

        TextArea notes = _get(TextArea.class, spec -> spec.withLabel("Noter – Adfærd"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(notes, "x".repeat(NoteModel.NOTE_MAX + 1));

        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).isEqualTo("Noten må højst være 4.000 tegn (du har skrevet 4.001). "
                + "Teksten er ikke gemt – forkort den, og prøv igen.");
        assertThat(notes.getValue()).hasSize(NoteModel.NOTE_MAX + 1);
        assertThat(table.state(conversation, fixtures.id("mos")).notes().values())
                .allSatisfy(n -> assertThat(n.text()).isEmpty());
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
