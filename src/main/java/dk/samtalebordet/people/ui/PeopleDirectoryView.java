package dk.samtalebordet.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/** For HR and administrators: the organisation, and who is whose personaleleder. Names only, no content. */
@Route("personer")
@Menu(title = "nav.people", order = 5, icon = "vaadin:sitemap")
@RolesAllowed({Role.Names.HR, Role.Names.ADMINISTRATOR})
public class PeopleDirectoryView extends Main implements HasDynamicTitle {

    public PeopleDirectoryView(PeopleService people) {
        addClassName("page");
        add(new ViewHeader(getTranslation("people.title"), getTranslation("people.intro")));
        Grid<PersonSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PersonSummary::fullName).setHeader(getTranslation("people.column.name")).setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(PersonSummary::initials).setHeader(getTranslation("people.column.initials"))
                .setAutoWidth(true);
        grid.addColumn(PersonSummary::jobTitle).setHeader(getTranslation("people.column.title")).setAutoWidth(true);
        grid.addColumn(PersonSummary::orgUnitName).setHeader(getTranslation("people.column.unit"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> p.managerName() == null ? "–" : p.managerName())
                .setHeader(getTranslation("people.column.manager")).setAutoWidth(true);
        grid.addColumn(p -> p.roles().stream().sorted().map(r -> getTranslation("person-role." + r))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.column.roles")).setAutoWidth(true);
        grid.setItems(people.directory());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.page-title");
    }
}
