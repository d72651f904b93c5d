package dk.samtalebordet.overview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.overview.YearlyOverviewService;
import dk.samtalebordet.overview.YearlyOverviewService.Line;
import dk.samtalebordet.overview.YearlyOverviewService.Standing;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.DownloadLink;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** For HR: who had their yearly conversation, who has one scheduled, who has neither. Names and dates only. */
@Route("aarsoverblik")
@Menu(title = "nav.yearly-overview", order = 4, icon = "vaadin:calendar-user")
@RolesAllowed(Role.Names.HR)
public class YearlyOverviewView extends Main implements HasDynamicTitle {

    public YearlyOverviewView(YearlyOverviewService overview, CurrentUser currentUser) {
        addClassName("page");
        long me = currentUser.require().personId();
        add(new ViewHeader(getTranslation("overview.title"), getTranslation("overview.intro")));
        Map<Standing, String> standings = new EnumMap<>(Standing.class);
        for (Standing s : Standing.values()) {
            standings.put(s, getTranslation("overview.standing." + s));
        }
        List<String> header = List.of(getTranslation("overview.column.unit"), getTranslation("overview.column.name"),
                getTranslation("overview.column.last"), getTranslation("overview.column.next"),
                getTranslation("overview.column.standing"));
        add(new DownloadLink(getTranslation("overview.csv"), "aarsoverblik.csv", "text/csv",
                () -> overview.csv(me, header, standings)));

        Grid<Line> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("overview-grid"); // scrolls within itself: thousands of rows stay fast
        grid.addColumn(Line::orgUnit).setHeader(header.get(0)).setAutoWidth(true).setSortable(true);
        grid.addColumn(Line::name).setHeader(header.get(1)).setFlexGrow(1).setSortable(true);
        grid.addColumn(l -> l.lastLockedPlan() == null ? "–" : Formats.date(l.lastLockedPlan(), getLocale()))
                .setHeader(header.get(2)).setAutoWidth(true);
        grid.addColumn(l -> l.nextScheduled() == null ? "–" : Formats.date(l.nextScheduled(), getLocale()))
                .setHeader(header.get(3)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(l -> {
            Span s = new Span(standings.get(l.standing()));
            s.addClassName(l.standing() == Standing.NEITHER ? "overdue" : "standing");
            return s;
        })).setHeader(header.get(4)).setAutoWidth(true);
        grid.setItems(overview.overview(me));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.page-title");
    }
}
