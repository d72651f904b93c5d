package dk.samtalebordet.concept.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import dk.samtalebordet.concept.ConceptException;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.security.CurrentUser;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.samtalebordet.concept.ConceptDefinition.GuidanceDefinition;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.shared.ui.PicturePiece;
import dk.samtalebordet.shared.ui.PlainText;
import dk.samtalebordet.shared.ui.QuestionPiece;
import dk.samtalebordet.shared.ui.StikordPiece;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;

/** One concept version, rendered as the pieces it is made of, with its agreement field and its guidance. */
@Route("koncepter/:conceptId([0-9]{1,18})")
@PermitAll
public class ConceptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "conceptId";

    private final ConceptService concepts;
    private final PersonSummary leaderUnit;
    private String title = "";

    public ConceptView(ConceptService concepts, CurrentUser currentUser, PeopleService people) {
        this.concepts = concepts;
        var user = currentUser.require();
        this.leaderUnit = user.hasRole(Role.LEDER) ? people.findById(user.personId()).orElse(null) : null;
        addClassNames("page", "concept-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ConceptDetails concept = event.getRouteParameters().getLong(ID_PARAMETER)
                .flatMap(concepts::find).orElse(null);
        if (concept == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = concept.name();
        render(concept);
    }

    private void render(ConceptDetails concept) {
        RouterLink back = new RouterLink("← " + getTranslation("concept.back"), ConceptCatalogView.class);
        back.addClassName("back-link");
        Span meta = new Span(concept.organisation() + " · " + getTranslation("concepts.version", concept.version())
                + " · " + String.join(", ", concept.kinds().stream().map(k -> getTranslation("kind." + k)).toList()));
        meta.addClassName("muted");
        add(back, new ViewHeader(concept.name(), concept.description(), meta));

        List<Section> sections = new ArrayList<>();
        sections.add(section("sporgsmal", getTranslation("concept.section.questions"), perspectives(concept)));
        if (!concept.stikord().isEmpty()) {
            sections.add(section("stikord", getTranslation("concept.section.stikord"),
                    paragraph(getTranslation("concept.stikord.intro")), stikord(concept)));
        }
        if (!concept.pictures().isEmpty()) {
            sections.add(section("billeder", getTranslation("concept.section.pictures"),
                    paragraph(getTranslation("concept.pictures.intro")), pictures(concept)));
        }
        sections.add(section("aftaler", getTranslation("concept.section.agreements"), agreements(concept)));
        sections.add(section("vejledning", getTranslation("concept.section.guidance"), guidance(concept)));

        Nav toc = new Nav();
        toc.addClassName("toc");
        toc.getElement().setAttribute("aria-label", getTranslation("concept.nav"));
        sections.forEach(s -> toc.add(new Anchor("#" + s.getId().orElseThrow(),
                s.getElement().getAttribute("aria-label"))));
        add(toc);
        sections.forEach(this::add);
    }

    private Section section(String id, String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.setId(id);
        section.getElement().setAttribute("aria-label", heading);
        section.addClassName("concept-section");
        section.add(content);
        return section;
    }

    private Component perspectives(ConceptDetails concept) {
        Div all = new Div();
        all.addClassName("perspectives");
        int number = 1;
        boolean severalParts = concept.perspectives().stream().map(PerspectiveDetails::part).distinct().count() > 1;
        for (PerspectiveDetails p : concept.perspectives()) {
            Div block = new Div();
            block.addClassName("perspective");
            block.getStyle().set("--piece-colour", p.colour());
            if (severalParts) {
                Span part = new Span(getTranslation("concept.part." + p.part()));
                part.addClassName("perspective-part");
                block.add(part);
            }
            block.add(new H3(p.name()));
            if (p.description() != null) {
                block.add(paragraph(p.description()));
            }
            Div pieces = new Div();
            pieces.addClassName("question-pieces");
            for (ConceptDetails.QuestionDetails q : p.questions()) {
                pieces.add(new QuestionPiece(p.name(), p.colour(), number++, q.text(), q.workplace()));
            }
            if (p.questions().isEmpty() && p.description() == null) {
                pieces.add(paragraph(getTranslation("concept.no-questions")));
            }
            block.add(pieces);
            if (leaderUnit != null && !p.questions().isEmpty()) {
                block.add(addWorkplaceQuestion(concept, p));
            }
            all.add(block);
        }
        return all;
    }

    /** For leaders: add a question for their own org unit under this perspective. */
    private Component addWorkplaceQuestion(ConceptDetails concept, PerspectiveDetails perspective) {
        Button open = new Button(getTranslation("concept.workplace.add", leaderUnit.orgUnitName()), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("concept.workplace.title", perspective.name()));
            TextArea text = new TextArea(getTranslation("concept.workplace.question"));
            text.setWidth("32rem");
            text.setMaxWidth("100%");
            text.setHelperText(getTranslation("concept.workplace.help", leaderUnit.orgUnitName()));
            Button save = new Button(getTranslation("action.save"), ev -> {
                try {
                    ConceptDetails saved = concepts.addWorkplaceQuestion(concept.id(), leaderUnit.orgUnitId(),
                            leaderUnit.orgUnitName(), perspective.code(), text.getValue(), leaderUnit.username());
                    dialog.close();
                    getUI().ifPresent(ui -> ui.navigate(ConceptView.class,
                            new RouteParameters(ID_PARAMETER, String.valueOf(saved.id()))));
                } catch (ConceptException ex) {
                    text.setErrorMessage(getTranslation(ex.messageKey()));
                    text.setInvalid(true);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("action.cancel"), ev -> dialog.close());
            dialog.add(text);
            dialog.getFooter().add(cancel, save);
            dialog.open();
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.addClassName("workplace-add");
        return open;
    }

    private Component stikord(ConceptDetails concept) {
        UnorderedList list = new UnorderedList();
        list.addClassName("stikord-pieces");
        concept.stikord().forEach(s -> list.add(new ListItem(new StikordPiece(s))));
        return list;
    }

    private Component pictures(ConceptDetails concept) {
        Div grid = new Div();
        grid.addClassName("picture-pieces");
        concept.pictures().forEach(p -> grid.add(new PicturePiece(p.path(), p.title(), p.altText())));
        return grid;
    }

    private Component agreements(ConceptDetails concept) {
        Div sheet = new Div();
        sheet.addClassName("agreement-prompts");
        concept.agreementPrompts().forEach(prompt -> sheet.add(paragraph(prompt)));
        return sheet;
    }

    private Component guidance(ConceptDetails concept) {
        Div all = new Div();
        all.addClassName("guidance");
        for (GuidanceDefinition g : concept.guidance()) {
            Div body = new Div();
            body.addClassName("guidance-body");
            PlainText.append(body, g.body());
            Details details = new Details(g.title() + " · " + getTranslation("concept.audience." + g.audience()),
                    body);
            all.add(details);
        }
        return all;
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("concept.page-title", title);
    }
}
