package dk.samtalebordet.organisation;

import dk.samtalebordet.people.Source;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One synchronisation or import as kept in the run history. */
@Entity
@Table(name = "organisation_run")
class OrganisationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Source source;

    private Instant startedAt;
    private Instant finishedAt;
    private Long startedBy;

    @Enumerated(EnumType.STRING)
    private RunOutcome outcome;

    private int created;
    private int updated;
    private int deactivated;
    private int refused;
    private int conflicts;
    private int unchanged;
    private String message;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_run_line", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    protected OrganisationRun() {
    }

    OrganisationRun(Source source, Instant startedAt, Instant finishedAt, Long startedBy, RunOutcome outcome,
                    ImportReport report, String message) {
        this.source = source;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.startedBy = startedBy;
        this.outcome = outcome;
        this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 999) + "…";
        if (report != null) {
            created = report.created();
            updated = report.updated();
            deactivated = report.deactivated();
            refused = report.refused();
            conflicts = report.conflicts();
            unchanged = report.unchanged();
            report.lines().forEach(l -> lines.add(new Line(l)));
        }
    }

    RunSummary toSummary() {
        return new RunSummary(id, source, startedAt, finishedAt, startedBy, outcome, created, updated, deactivated,
                refused, conflicts, unchanged, message);
    }

    List<ImportLine> lines() {
        return lines.stream().map(Line::toLine).toList();
    }

    @Embeddable
    static class Line {
        @Enumerated(EnumType.STRING)
        private ImportLine.Kind kind;
        private String subject;
        @Column(length = 1000)
        private String detail;

        protected Line() {
        }

        Line(ImportLine line) {
            kind = line.kind();
            subject = clip(line.subject(), 300);
            detail = line.detail() == null ? null : clip(line.detail(), 1000);
        }

        private static String clip(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }

        ImportLine toLine() {
            return new ImportLine(kind, subject, detail);
        }
    }
}
