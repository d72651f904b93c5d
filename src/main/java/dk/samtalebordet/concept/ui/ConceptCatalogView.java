package dk.samtalebordet.concept.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConceptSummary;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

/** The concept catalogue, open to everyone signed in. */
@Route("koncepter")
@Menu(title = "nav.concepts", order = 3, icon = "vaadin:puzzle-piece")
@PermitAll
public class ConceptCatalogView extends Main implements HasDynamicTitle {

    public ConceptCatalogView(ConceptService concepts) {
        addClassName("page");
        add(new ViewHeader(getTranslation("concepts.title"), getTranslation("concepts.intro")));
        Div cards = new Div();
        cards.addClassName("concept-cards");
        concepts.catalogue().forEach(c -> cards.add(card(c)));
        add(cards);
    }

    private Section card(ConceptSummary concept) {
        Section card = new Section();
        card.addClassName("concept-card");
        card.getElement().setAttribute("aria-label", concept.name());
        H2 name = new H2(concept.name());
        Span meta = new Span(concept.organisation() + " · " + getTranslation("concepts.version", concept.version()));
        meta.addClassName("muted");
        Div kinds = new Div();
        kinds.addClassName("kind-badges");
        kinds.add(new Span(getTranslation("concepts.serves") + ":"));
        concept.kinds().forEach(k -> {
            Span badge = new Span(getTranslation("kind." + k));
            badge.getElement().setAttribute("title", getTranslation("kind." + k + ".long"));
            badge.getElement().getThemeList().add("badge");
            kinds.add(badge);
        });
        Paragraph description = new Paragraph(concept.description() == null ? "" : concept.description());
        Span counts = new Span(getTranslation("concepts.counts", concept.questionCount(), concept.stikordCount(),
                concept.pictureCount()));
        counts.addClassName("muted");
        RouterLink open = new RouterLink(getTranslation("concepts.open"), ConceptView.class,
                new RouteParameters(ConceptView.ID_PARAMETER, String.valueOf(concept.id())));
        open.addClassName("card-link");
        open.getElement().setAttribute("aria-label", getTranslation("concepts.open") + ": " + concept.name());
        card.add(name, meta, kinds, description, counts, open);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("concepts.page-title");
    }
}
