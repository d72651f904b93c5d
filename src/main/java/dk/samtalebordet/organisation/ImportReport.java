package dk.samtalebordet.organisation;

import dk.samtalebordet.people.Source;
import java.util.List;

/** The outcome of one synchronisation or import: counts and a line per person that was not left unchanged. */
public record ImportReport(Source source, int created, int updated, int deactivated, int refused, int conflicts,
                           int unchanged, List<ImportLine> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    static ImportReport of(Source source, List<ImportLine> lines, int unchanged) {
        return new ImportReport(source, count(lines, ImportLine.Kind.CREATED),
                count(lines, ImportLine.Kind.UPDATED) + count(lines, ImportLine.Kind.REACTIVATED),
                count(lines, ImportLine.Kind.DEACTIVATED), count(lines, ImportLine.Kind.REFUSED),
                count(lines, ImportLine.Kind.CONFLICT), unchanged, lines);
    }

    private static int count(List<ImportLine> lines, ImportLine.Kind kind) {
        return (int) lines.stream().filter(l -> l.kind() == kind).count();
    }
}
