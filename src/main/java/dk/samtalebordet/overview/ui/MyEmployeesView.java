package dk.samtalebordet.overview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.overview.ConversationOverviewService;
import dk.samtalebordet.overview.EmployeeOverview;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.EmptyState;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** For leaders: their employees and when each last had, and next has, a MUS. */
@Route("medarbejdere")
@Menu(title = "nav.my-employees", order = 2, icon = "vaadin:users")
@RolesAllowed(Role.Names.LEDER)
public class MyEmployeesView extends Main implements HasDynamicTitle {

    private static final Duration YEAR = Duration.ofDays(365);

    public MyEmployeesView(ConversationOverviewService overview, CurrentUser currentUser, Clock clock) {
        addClassName("page");
        add(new ViewHeader(getTranslation("employees.title"), getTranslation("employees.intro")));

        List<EmployeeOverview> rows = overview.employeesOf(currentUser.require().personId());
        if (rows.isEmpty()) {
            add(new EmptyState(getTranslation("employees.title"), getTranslation("employees.empty")));
            return;
        }
        Instant yearAgo = clock.instant().minus(YEAR);
        Grid<EmployeeOverview> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.employee().fullName()).setHeader(getTranslation("employees.column.name"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.employee().jobTitle()).setHeader(getTranslation("employees.column.title"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.employee().orgUnitName()).setHeader(getTranslation("employees.column.unit"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> lastMus(r, yearAgo)))
                .setHeader(getTranslation("employees.column.last")).setAutoWidth(true);
        grid.addColumn(r -> r.nextMus() == null ? "–" : Formats.dateTime(r.nextMus(), getLocale()))
                .setHeader(getTranslation("employees.column.next")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> {
                    Anchor file = new Anchor("personalemappe/" + r.employee().id(),
                            getTranslation("employees.file"));
                    file.getElement().setAttribute("aria-label",
                            getTranslation("employees.file.of", r.employee().fullName()));
                    return file;
                }))
                .setHeader(getTranslation("employees.column.file")).setAutoWidth(true);
        grid.setItems(rows);
        add(grid);
    }

    private Span lastMus(EmployeeOverview row, Instant yearAgo) {
        if (row.lastMus() == null) {
            Span none = new Span(getTranslation("date.none"));
            none.addClassName("muted");
            return none;
        }
        Span date = new Span(Formats.date(row.lastMus(), getLocale()));
        if (row.lastMus().isBefore(yearAgo)) {
            date.setText(date.getText() + " – " + getTranslation("employees.overdue"));
            date.addClassName("overdue");
        }
        return date;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employees.page-title");
    }
}
