package dk.samtalebordet.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.organisation.PersonAdministration;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.SignedInPerson;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/**
 * For HR and administrators: the organisation, and who is whose personaleleder. Names only, no content. Loaded a
 * page at a time and searched by name, username or unit, so it stays usable at 50,000 persons; an administrator
 * opens a person to correct them.
 */
@Route("personer")
@Menu(title = "nav.people", order = 5, icon = "vaadin:sitemap")
@RolesAllowed({Role.Names.HR, Role.Names.ADMINISTRATOR})
public class PeopleDirectoryView extends Main implements HasDynamicTitle {

    private final Grid<PersonSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public PeopleDirectoryView(PeopleService people, PersonAdministration administration, SignedInPerson user) {
        addClassName("page");
        add(new ViewHeader(getTranslation("people.title"), getTranslation("people.intro")));
        search.setLabel(getTranslation("people.search"));
        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addClassName("people-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("people-grid");
        grid.addColumn(new ComponentRenderer<>(p -> {
            Span username = new Span(p.username());
            username.addClassName("secondary");
            return new Div(new Span(p.fullName()), username);
        })).setHeader(getTranslation("people.column.name")).setWidth("13rem").setFlexGrow(2);
        grid.addColumn(PersonSummary::jobTitle).setHeader(getTranslation("people.column.title")).setFlexGrow(1);
        grid.addColumn(PersonSummary::orgUnitName).setHeader(getTranslation("people.column.unit")).setFlexGrow(1);
        grid.addColumn(p -> p.managerName() == null ? "–" : p.managerName())
                .setHeader(getTranslation("people.column.manager")).setFlexGrow(1);
        grid.addColumn(p -> p.roles().stream().sorted().map(r -> getTranslation("person-role." + r))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.column.roles")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.active() ? "person-state.active" : "person-state.inactive") + " · "
                        + getTranslation("source." + p.source()))
                .setHeader(getTranslation("people.column.status")).setFlexGrow(1);
        grid.setItems(query -> people.search(search.getValue(), query.getPage(), query.getPageSize()).stream(),
                query -> people.count(search.getValue()));
        boolean administrator = people.findById(user.requirePersonId())
                .map(p -> p.hasRole(Role.ADMINISTRATOR)).orElse(false);
        if (administrator) {
            grid.addItemClickListener(click -> new PersonEditor(people, administration, user.requirePersonId(),
                    click.getItem().id(), () -> grid.getDataProvider().refreshAll()).open());
        }
        add(search, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.page-title");
    }
}
