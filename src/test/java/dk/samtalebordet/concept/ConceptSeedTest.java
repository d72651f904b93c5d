package dk.samtalebordet.concept;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded concepts carry the exact wording of the municipalities' own material. */
@IntegrationTest
class ConceptSeedTest {

    static final List<String> ADFAERD = List.of(
            "Hvordan trives du helt grundlæggende med dit arbejde og dine opgaver?",
            "Hvornår motiveres du, og hvad skaber arbejdsglæde for dig og dine kollegaer?",
            "Hvor ser du især, at du lykkes i forhold til vores Medarbejder- og ledelsesgrundlag");
    static final List<String> STRUKTUR = List.of(
            "Hvordan bidrager du til at skabe og udvikle interne samarbejdsrelationer?",
            "Er der nogle samarbejdsrelationer, der skal afklares, for at du lykkes i din rolle – og vi fælles "
                    + "lykkes med vores opgave?",
            "Hvor ser du behov for at udvikle nye samarbejder?");
    static final List<String> OPGAVER = List.of(
            "Hvordan er relationen mellem Albertslund Kommunes vision, politikerne på dit område og din Plan A?",
            "Hvornår bringer du bedst dine kompetencer i spil, og hvornår oplever du, at du har behov for at "
                    + "udvikle eller tilføje nye kompetencer for at lykkes med vores opgave?",
            "Hvordan bliver vi endnu bedre rustet til at lykkes og skabe værdi for borgerne og Albertslund Kommune?");
    static final List<String> STIKORD = List.of(
            "Motivation", "Relationer", "Senior", "Arbejdskultur", "Arbejdsglæde", "Kommunikation", "Rollemodel",
            "Mod", "Beslutningskompetence", "Ansvar", "Kollegaer", "Samarbejde", "Work-life balance", "Opgaver",
            "Økonomi", "Planlægning", "Arbejdsprocesser", "Arbejdsområder", "Sparring", "Feedback", "Møder",
            "Fravær", "Roller", "Vores opgave", "Udvikling", "Kompetencer", "Mål og retning", "Ledelse",
            "Ressourcer", "Koordinering", "Prioritering", "Helhed", "Nærvær");

    @Autowired
    ConceptService concepts;

    @Test
    void albertslundMusHasTheNineQuestionsInTheSeedsOrderAndWording() {
        ConceptDetails mus = concepts.find("albertslund-mus", 1).orElseThrow();

        assertThat(mus.name()).isEqualTo("Albertslund – MUS");
        assertThat(mus.kinds()).containsExactlyInAnyOrder(ConversationKind.MUS, ConversationKind.GRUS);
        assertAlbertslundQuestionsAndStikord(mus);
        assertThat(mus.perspectives().get(0).colour()).as("Adfærd is violet").isEqualTo("#5B2C83");
        assertThat(mus.agreementPrompts())
                .containsExactly("Hvad, hvornår, hvem?", "Hvem har ansvar, hvornår følges der op?");
        assertThat(mus.pictures()).hasSize(10)
                .allSatisfy(p -> {
                    assertThat(p.title()).isNotBlank();
                    assertThat(p.altText()).isNotBlank();
                    assertThat(p.path()).startsWith("pictures/").endsWith(".svg");
                });
        assertThat(mus.guidanceFor(Audience.LEADER)).extracting(ConceptDefinition.GuidanceDefinition::body)
                .anyMatch(b -> b.contains("Det er leders ansvar at invitere medarbejderen/medarbejdere til MUS."));
        assertThat(mus.guidanceFor(Audience.EMPLOYEE)).extracting(ConceptDefinition.GuidanceDefinition::body)
                .anyMatch(b -> b.startsWith("Inden samtalen udvælger du 3 stikord"));
        assertThat(mus.guidance()).extracting(ConceptDefinition.GuidanceDefinition::body)
                .anyMatch(b -> b.contains("Lederen gemmer billedet/kopien som PDF i medarbejderens personalemappe."))
                .anyMatch(b -> b.contains("Det er en god idé at begynde med de violette spørgsmål"));
    }

    @Test
    void albertslundLusHasTheSameQuestionsAndStikordAndLeadershipGuidance() {
        ConceptDetails lus = concepts.find("albertslund-lus", 1).orElseThrow();

        assertThat(lus.name()).isEqualTo("Albertslund – LUS");
        assertThat(lus.kinds()).containsExactly(ConversationKind.LUS);
        assertAlbertslundQuestionsAndStikord(lus);
        assertThat(lus.guidanceFor(Audience.LEADERS_LEADER)).extracting(ConceptDefinition.GuidanceDefinition::body)
                .anyMatch(b -> b.contains("Leders leder inviterer til LUS."));
        assertThat(lus.guidance()).extracting(ConceptDefinition.GuidanceDefinition::body)
                .anyMatch(b -> b.contains("konceptets spørgsmål relateres til lederens ledelsespraksis og arbejde "
                        + "med medarbejdertrivsel, økonomistyring og sygefravær"));
    }

    @Test
    void hoejeTaastrupHasItsOpeningThemesAndClosingParts() {
        ConceptDetails ht = concepts.find("hoeje-taastrup-mus", 1).orElseThrow();

        assertThat(ht.name()).isEqualTo("Høje-Taastrup – MUS");
        assertThat(ht.perspectives()).extracting(PerspectiveDetails::name).containsExactly(
                "Samtalens struktur", "Et tilbageblik", "Opgaver", "Relationer og ledelse",
                "Kompetencebehov nu og fremadrettet", "Udviklingsplan", "Andre temaer",
                "Kompetenceudviklingsplan og afrunding");
        assertThat(ht.perspectives()).extracting(PerspectiveDetails::part).containsExactly(
                PerspectivePart.OPENING, PerspectivePart.OPENING, PerspectivePart.THEME, PerspectivePart.THEME,
                PerspectivePart.THEME, PerspectivePart.THEME, PerspectivePart.CLOSING, PerspectivePart.CLOSING);
        assertThat(ht.perspectives()).extracting(p -> p.questions().size())
                .containsExactly(0, 3, 4, 4, 5, 0, 1, 5);
        assertThat(questions(ht.perspectives().get(1))).containsExactly(
                "Hvordan er det gået siden sidste samtale?",
                "Hvad var målene i sidste kompetenceudviklingsplan?",
                "Hvilke aftaler, blev der i øvrigt indgået, og hvordan er det gået med disse?");
        assertThat(questions(ht.perspectives().get(2))).first()
                .isEqualTo("Hvilke opgaver er lykket særlig godt for medarbejderen? Og hvorfor?");
        assertThat(questions(ht.perspectives().get(6)))
                .containsExactly("Er der andet, som medarbejderen har behov for at drøfte?");
        assertThat(questions(ht.perspectives().get(7))).contains(
                "Hvem skriver kompetenceudviklingsplanen? (leder eller medarbejder)",
                "Vælges der at skrive referat af MUS? (frivilligt) og i så fald, er det så leder eller medarbejder, "
                        + "der skriver referatet?");
        assertThat(ht.perspectives().get(0).description()).startsWith("Lederen orienterer om, hvordan samtalen");
        assertThat(ht.guidance()).anySatisfy(g -> {
            assertThat(g.title()).isEqualTo("Få det bedste ud af samtalen");
            assertThat(g.body().split("\n")).hasSize(7)
                    .contains("- Lyt åbent til hinandens synspunkter og oplevelser");
        });
        assertThat(ht.stikord()).isEmpty();
    }

    @Test
    void theCatalogueListsTheThreeSeededConcepts() {
        assertThat(concepts.catalogue()).extracting(ConceptSummary::key)
                .contains("albertslund-mus", "albertslund-lus", "hoeje-taastrup-mus");
    }

    private static void assertAlbertslundQuestionsAndStikord(ConceptDetails concept) {
        assertThat(concept.perspectives()).extracting(PerspectiveDetails::name)
                .containsExactly("Adfærd", "Struktur", "Opgaver");
        assertThat(questions(concept.perspectives().get(0))).containsExactlyElementsOf(ADFAERD);
        assertThat(questions(concept.perspectives().get(1))).containsExactlyElementsOf(STRUKTUR);
        assertThat(questions(concept.perspectives().get(2))).containsExactlyElementsOf(OPGAVER);
        assertThat(concept.allQuestions()).hasSize(9);
        assertThat(concept.stikord()).hasSize(33).containsExactlyElementsOf(STIKORD);
    }

    private static List<String> questions(PerspectiveDetails perspective) {
        return perspective.questions().stream().map(ConceptDetails.QuestionDetails::text).toList();
    }
}
