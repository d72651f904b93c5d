package dk.samtalebordet.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.audit.AuditEntry;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.privacy.AuditReport;
import dk.samtalebordet.privacy.AuditReport.Line;
import dk.samtalebordet.privacy.AuditReport.Query;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.DatePickers;
import dk.samtalebordet.shared.ui.DownloadLink;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * For the data protection officer: the audit log by person and period (who did what, to whose data, when, from
 * where), and its export as CSV. Never the content of a conversation: the log holds none.
 */
@Route("adgangslog")
@Menu(title = "nav.audit-log", order = 6, icon = "vaadin:clipboard-text")
@RolesAllowed(Role.Names.DPO)
public class AuditLogView extends Main implements HasDynamicTitle {

    private final AuditReport report;
    private final long me;
    private final ComboBox<PersonSummary> person = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<Line> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Div export = new Div();

    public AuditLogView(AuditReport report, PeopleService people, CurrentUser currentUser, Clock clock) {
        this.report = report;
        this.me = currentUser.require().personId();
        addClassNames("page", "audit-log-view");
        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.intro")));

        person.setLabel(getTranslation("audit.person"));
        person.setPlaceholder(getTranslation("audit.person.everybody"));
        person.setItems(query -> people.search(query.getFilter().orElse(""), query.getPage(),
                query.getPageSize()).stream());
        person.setItemLabelGenerator(p -> p.fullName() + " (" + p.username() + ")");
        person.setClearButtonVisible(true);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(DatePickers.i18n(getLocale()));
            picker.setMax(today);
        }
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setValue(today.minusDays(30));
        to.setValue(today);
        Button search = new Button(getTranslation("audit.search"), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(person, from, to, search);
        form.addClassName("audit-form");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.addClassName("audit-grid");
        grid.addColumn(l -> Formats.dateTime(l.entry().occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.column.when")).setAutoWidth(true);
        grid.addColumn(l -> kind(l.entry().kind())).setHeader(getTranslation("audit.column.what")).setFlexGrow(1);
        grid.addColumn(l -> name(l.entry().actorId(), l.actorName()))
                .setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(l -> name(l.entry().subjectId(), l.subjectName()))
                .setHeader(getTranslation("audit.column.whose")).setAutoWidth(true);
        grid.addColumn(l -> detail(l.entry())).setHeader(getTranslation("audit.column.detail")).setFlexGrow(1);
        summary.getElement().setAttribute("role", "status");
        add(form, summary, export, grid);
        search();
    }

    private void search() {
        try {
            Query query = new Query(person.getValue() == null ? null : person.getValue().id(), from.getValue(),
                    to.getValue());
            List<Line> lines = report.search(me, query);
            grid.setItems(lines);
            summary.setText(getTranslation(lines.size() >= AuditReport.LIMIT ? "audit.summary.limit"
                    : "audit.summary", lines.size()));
            export.removeAll();
            List<String> header = List.of(getTranslation("audit.column.when"), getTranslation("audit.column.what"),
                    getTranslation("audit.column.who"), getTranslation("audit.column.whose"),
                    getTranslation("audit.column.conversation"), getTranslation("audit.column.document"),
                    getTranslation("audit.column.address"), getTranslation("audit.column.detail"));
            export.add(new DownloadLink(getTranslation("audit.csv"), "adgangslog.csv", "text/csv",
                    () -> report.csv(me, query, header, this::kind, getTranslation("audit.unknown-person"))));
        } catch (ConversationException.InvalidInput e) {
            summary.setText(getTranslation("audit.error.period"));
        }
    }

    private String kind(AuditKind kind) {
        return getTranslation("audit.kind." + kind);
    }

    private String name(Long id, String name) {
        return id == null ? "–" : name != null ? name : getTranslation("audit.unknown-person") + " #" + id;
    }

    private static String detail(AuditEntry e) {
        StringBuilder s = new StringBuilder(e.detail() == null ? "" : e.detail());
        if (e.sourceAddress() != null) {
            s.append(s.isEmpty() ? "" : " · ").append(e.sourceAddress());
        }
        return s.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
