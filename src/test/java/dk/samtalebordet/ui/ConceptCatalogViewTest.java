package dk.samtalebordet.ui;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ui.ConceptView;
import dk.samtalebordet.shared.ui.RefusalView;
import dk.samtalebordet.shared.ui.PicturePiece;
import dk.samtalebordet.shared.ui.QuestionPiece;
import dk.samtalebordet.shared.ui.StikordPiece;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The concept catalogue renders each concept as the pieces it is made of. */
class ConceptCatalogViewTest extends KaribuTest {

    @Autowired
    ConceptService concepts;

    @Test
    void theCatalogueHasACardPerConcept() {
        login("mos");
        navigate("koncepter");

        List<String> cards = _find(Section.class).stream()
                .map(s -> s.getElement().getAttribute("aria-label")).toList();
        assertThat(cards).contains("Albertslund – MUS", "Albertslund – LUS", "Høje-Taastrup – MUS");
    }

    @Test
    void openingAlbertslundMusShowsNineQuestionPiecesThirtyThreeStikordAndTenPictures() {
        login("mos");
        navigate("koncepter");

        RouterLink open = _find(RouterLink.class).stream()
                .filter(l -> "Se konceptet: Albertslund – MUS".equals(l.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        navigate(open.getHref());

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ConceptView.class);
        List<QuestionPiece> questions = _find(QuestionPiece.class);
        assertThat(questions).hasSize(9);
        assertThat(_get(questions.get(0), Paragraph.class).getText())
                .isEqualTo("Hvordan trives du helt grundlæggende med dit arbejde og dine opgaver?");
        assertThat(questions.get(0).getElement().getAttribute("aria-label")).isEqualTo("Spørgsmål 1 · Adfærd");
        assertThat(questions.get(0).getStyle().get("--piece-colour")).isEqualTo("#5B2C83");
        assertThat(_find(StikordPiece.class)).hasSize(33).first()
                .extracting(StikordPiece::getText).isEqualTo("Motivation");
        List<PicturePiece> pictures = _find(PicturePiece.class);
        assertThat(pictures).hasSize(10);
        assertThat(pictures).allSatisfy(p -> assertThat(_get(p, Image.class).getAlt()).isPresent());
    }

    @Test
    void anUnknownConceptIsNotFound() {
        login("jph");
        navigate("koncepter/999999");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(RefusalView.class);
    }
}
