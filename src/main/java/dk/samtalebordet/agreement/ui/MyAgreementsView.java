package dk.samtalebordet.agreement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.agreement.FollowUpItem;
import dk.samtalebordet.agreement.FollowUpService;
import dk.samtalebordet.agreement.FollowUpStatus;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.security.SignedInUser;
import dk.samtalebordet.shared.ui.EmptyState;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** "Mine aftaler": the agreements of one's locked plans and how they are getting on; for leaders, their employees'. */
@Route("aftaler")
@Menu(title = "nav.my-agreements", order = 1.7, icon = "vaadin:check-square-o")
@PermitAll
public class MyAgreementsView extends Main implements HasDynamicTitle {

    private final FollowUpService followUp;
    private final SignedInUser user;

    public MyAgreementsView(FollowUpService followUp, CurrentUser currentUser) {
        this.followUp = followUp;
        this.user = currentUser.require();
        addClassName("page");
        add(new ViewHeader(getTranslation("agreements.title"), getTranslation("agreements.intro")));
        List<FollowUpItem> mine = followUp.agreementsOf(user.personId(), user.personId());
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("agreements.empty.title"), getTranslation("agreements.empty.text")));
        } else {
            add(grid(mine, false));
        }
        if (user.hasRole(Role.LEDER)) {
            add(new H2(getTranslation("agreements.employees")));
            List<FollowUpItem> theirs = followUp.agreementsOfEmployees(user.personId());
            if (theirs.isEmpty()) {
                add(new EmptyState(getTranslation("agreements.employees.empty.title"),
                        getTranslation("agreements.employees.empty.text")));
            } else {
                add(grid(theirs, true));
            }
        }
    }

    private Grid<FollowUpItem> grid(List<FollowUpItem> items, boolean withEmployee) {
        Grid<FollowUpItem> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName(withEmployee ? "employees-agreements" : "my-agreements");
        if (withEmployee) {
            grid.addColumn(FollowUpItem::employeeName).setHeader(getTranslation("agreements.column.employee"))
                    .setAutoWidth(true);
        }
        grid.addColumn(i -> i.agreement().fields().what()).setHeader(getTranslation("agreements.column.what"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.agreement().fields().responsible())
                .setHeader(getTranslation("agreements.column.responsible")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::followUpDate))
                .setHeader(getTranslation("agreements.column.follow-up")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader(getTranslation("agreements.column.status"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.changedBy() == null ? "–"
                        : getTranslation("agreements.changed", i.changedBy(), Formats.dateTime(i.changedAt(), getLocale())))
                .setHeader(getTranslation("agreements.column.changed")).setAutoWidth(true);
        grid.setItems(items);
        return grid;
    }

    private Span followUpDate(FollowUpItem item) {
        var date = item.agreement().fields().followUpDate();
        Span span = new Span(date == null ? getTranslation("agreements.next-mus")
                : Formats.shortDate(date, getLocale()));
        if (item.overdue()) {
            span.setText(span.getText() + " – " + getTranslation("agreements.overdue"));
            span.addClassName("overdue");
        }
        return span;
    }

    private Select<FollowUpStatus> status(FollowUpItem item) {
        Select<FollowUpStatus> select = new Select<>();
        select.setItems(FollowUpStatus.values());
        select.setItemLabelGenerator(s -> getTranslation("followup." + s));
        select.setValue(item.status());
        select.setAriaLabel(getTranslation("agreements.column.status") + ": " + item.agreement().fields().what());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                followUp.setStatus(item.employeeId(), item.agreement().agreementId(), e.getValue(), user.personId());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.page-title");
    }
}
