package dk.samtalebordet.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.directory.CsvImport;
import dk.samtalebordet.directory.DirectorySync;
import dk.samtalebordet.directory.LdapConnections;
import dk.samtalebordet.organisation.ImportLine;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.organisation.OrganisationImport;
import dk.samtalebordet.organisation.RunSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.SignedInPerson;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.util.concurrent.CompletionException;

/**
 * For administrators: where the organisation comes from, "Synkronisér nu", and the run history with what each
 * run did to whom (created, changed, deactivated, refused with the reason, conflicts with a correction by hand).
 */
@Route("organisation")
@Menu(title = "nav.organisation", order = 6, icon = "vaadin:refresh")
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class OrganisationView extends Main implements HasDynamicTitle {

    private final OrganisationImport organisation;
    private final Grid<RunSummary> runs = new Grid<>();
    private final Grid<ImportLine> lines = new Grid<>();
    private final H2 linesTitle = new H2();
    private final Paragraph status = new Paragraph();

    public OrganisationView(DirectorySync sync, LdapConnections ldap, OrganisationImport organisation,
                            CsvImport csv, SignedInPerson user) {
        this.organisation = organisation;
        addClassName("page");
        add(new ViewHeader(getTranslation("organisation.title"), getTranslation("organisation.intro")));

        Div source = new Div();
        source.addClassName("organisation-source");
        if (sync.configured()) {
            source.add(new Paragraph(getTranslation("organisation.ldap", ldap.settings().url(),
                    ldap.settings().syncBaseDn(), ldap.settings().syncEnabled()
                            ? getTranslation("organisation.ldap.schedule", ldap.settings().sync().cron())
                            : getTranslation("organisation.ldap.no-schedule"))));
            Button now = new Button(getTranslation("organisation.sync-now"));
            now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            now.setDisableOnClick(true);
            now.addClickListener(e -> {
                status.setText(getTranslation("organisation.syncing"));
                UI ui = UI.getCurrent();
                sync.synchroniseInBackground(user.requirePersonId()).whenComplete((report, error) ->
                        ui.access(() -> {
                            now.setEnabled(true);
                            status.setText(error == null ? summary(report) : cause(error).getMessage());
                            refresh();
                        }));
            });
            source.add(now);
        } else {
            source.add(new Paragraph(getTranslation("organisation.no-ldap")));
        }
        status.addClassName("organisation-status");
        status.getElement().setAttribute("role", "status");
        source.add(status);
        add(source);

        add(new CsvImportPanel(csv, user::requirePersonId, this::refresh));

        add(new H2(getTranslation("organisation.history")));
        runs.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.setAllRowsVisible(true);
        runs.addColumn(r -> Formats.dateTime(r.startedAt(), getLocale()))
                .setHeader(getTranslation("organisation.column.when")).setAutoWidth(true);
        runs.addColumn(r -> getTranslation("source." + r.source()))
                .setHeader(getTranslation("organisation.column.source")).setAutoWidth(true);
        runs.addColumn(r -> getTranslation("run-outcome." + r.outcome()) + (r.message() == null ? ""
                        : ": " + r.message()))
                .setHeader(getTranslation("organisation.column.outcome")).setFlexGrow(1);
        runs.addColumn(r -> getTranslation("organisation.counts", r.created(), r.updated(), r.deactivated(),
                        r.refused(), r.conflicts(), r.unchanged()))
                .setHeader(getTranslation("organisation.column.counts")).setFlexGrow(1);
        runs.addSelectionListener(e -> showLines(e.getFirstSelectedItem().orElse(null)));
        add(runs);

        linesTitle.setVisible(false);
        lines.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setVisible(false);
        lines.addClassName("run-lines");
        RunLines.columns(lines);
        add(linesTitle, lines);
        refresh();
    }

    private void refresh() {
        runs.setItems(organisation.history(50));
    }

    private void showLines(RunSummary run) {
        linesTitle.setVisible(run != null);
        lines.setVisible(run != null);
        if (run != null) {
            linesTitle.setText(getTranslation("organisation.lines", Formats.dateTime(run.startedAt(), getLocale())));
            lines.setItems(organisation.lines(run.id()));
        }
    }

    private String summary(ImportReport report) {
        return getTranslation("organisation.done", RunLines.counts(this, report));
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.page-title");
    }
}
