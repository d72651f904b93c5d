package dk.samtalebordet.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.samtalebordet.directory.CsvImport;
import dk.samtalebordet.organisation.ImportLine;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.people.OrganisationException;

import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Import from the HR or payroll system's CSV file: upload, a preview of what each row would do (nothing is
 * stored yet), then "Gennemfør importen" applies the same file in one transaction, or "Annullér" drops it.
 */
class CsvImportPanel extends Div {

    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final CsvImport csv;
    private final LongSupplier administrator;
    private final Runnable imported;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportLine> lines = new Grid<>();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private byte[] file;

    CsvImportPanel(CsvImport csv, LongSupplier administrator, Runnable imported) {
        this.csv = csv;
        this.administrator = administrator;
        this.imported = imported;
        addClassName("csv-import");
        add(new H2(getTranslation("csv.title")), new Paragraph(getTranslation("csv.intro")));

        UI ui = UI.getCurrent();
        // the preview is computed on the upload's own request, outside the session lock; only showing it locks
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            Outcome outcome = Outcome.of(() -> csv.preview(bytes));
            ui.access(() -> preview(bytes, outcome));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> show(getTranslation("csv.rejected", MAX_BYTES / 1024 / 1024)));
        add(upload);

        summary.addClassName("csv-summary");
        summary.getElement().setAttribute("role", "status");
        lines.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addClassName("csv-lines");
        RunLines.columns(lines);
        lines.setVisible(false);
        confirm.setText(getTranslation("csv.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> apply());
        cancel.setText(getTranslation("csv.cancel"));
        cancel.addClickListener(e -> reset(null));
        Div actions = new Div(confirm, cancel);
        actions.addClassName("csv-actions");
        confirm.setVisible(false);
        cancel.setVisible(false);
        add(summary, lines, actions);
    }

    private void preview(byte[] bytes, Outcome outcome) {
        if (outcome.refused() != null) {
            reset(outcome.refused());
            return;
        }
        file = bytes;
        summary.setText(getTranslation("csv.preview", counts(outcome.report())));
        showLines(outcome.report());
        confirm.setVisible(true);
        cancel.setVisible(true);
    }

    /** The import runs on a worker thread; the page shows its outcome when it is done. */
    private void apply() {
        byte[] confirmed = file;
        long by = administrator.getAsLong();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        summary.setText(getTranslation("csv.importing"));
        UI ui = UI.getCurrent();
        CompletableFuture.supplyAsync(() -> Outcome.of(() -> csv.apply(confirmed, by))).thenAccept(outcome ->
                ui.access(() -> {
                    confirm.setEnabled(true);
                    cancel.setEnabled(true);
                    if (outcome.refused() != null) {
                        reset(outcome.refused());
                        return;
                    }
                    reset(getTranslation("csv.done", counts(outcome.report())));
                    showLines(outcome.report());
                    imported.run();
                }));
    }

    /** A report, or the Danish reason it was refused. */
    private record Outcome(ImportReport report, String refused) {
        static Outcome of(java.util.function.Supplier<ImportReport> run) {
            try {
                return new Outcome(run.get(), null);
            } catch (OrganisationException e) {
                return new Outcome(null, e.getMessage());
            }
        }
    }

    private void showLines(ImportReport report) {
        lines.setItems(report.lines());
        lines.setVisible(!report.lines().isEmpty());
    }

    private void reset(String message) {
        file = null;
        confirm.setVisible(false);
        cancel.setVisible(false);
        lines.setVisible(false);
        show(message);
    }

    private void show(String message) {
        summary.setText(message == null ? "" : message);
    }

    private String counts(ImportReport report) {
        return RunLines.counts(this, report);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("csv.choose")).setMany(
                getTranslation("csv.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("csv.drop")).setMany(
                getTranslation("csv.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("csv.one-file"))
                .setFileIsTooBig(getTranslation("csv.rejected", MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("csv.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("csv.uploading"))
                        .setStalled(getTranslation("csv.uploading")).setProcessing(getTranslation("csv.uploading"))
                        .setHeld(getTranslation("csv.uploading")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("csv.failed"))
                        .setUnexpectedServerError(getTranslation("csv.failed"))
                        .setForbidden(getTranslation("csv.failed"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB",
                "YB")));
        return i18n;
    }
}
