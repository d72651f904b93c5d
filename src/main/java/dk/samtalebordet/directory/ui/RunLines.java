package dk.samtalebordet.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dk.samtalebordet.organisation.ImportLine;
import dk.samtalebordet.organisation.ImportReport;

/**
 * The lines of a run or a CSV preview: what happened, to whom, and the details, which get the room. The grid
 * scrolls within itself, so a first import of thousands of persons stays one page.
 */
final class RunLines {

    private RunLines() {
    }

    /** "3 oprettet, 1 ændret, …": what a run or an import did, in numbers. */
    static String counts(Component component, ImportReport r) {
        return component.getTranslation("organisation.counts", r.created(), r.updated(), r.deactivated(),
                r.refused(), r.conflicts(), r.unchanged());
    }

    static void columns(Grid<ImportLine> lines) {
        lines.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addClassName("import-lines");
        lines.addColumn(l -> lines.getTranslation("import-line." + l.kind()))
                .setHeader(lines.getTranslation("organisation.column.kind")).setWidth("9rem").setFlexGrow(0);
        lines.addColumn(ImportLine::subject).setHeader(lines.getTranslation("organisation.column.who"))
                .setWidth("16rem").setFlexGrow(1);
        lines.addColumn(l -> l.detail() == null ? "" : l.detail())
                .setHeader(lines.getTranslation("organisation.column.detail")).setFlexGrow(3);
    }
}
