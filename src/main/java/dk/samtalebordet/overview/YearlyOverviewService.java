package dk.samtalebordet.overview;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.shared.SpreadsheetCsv;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.DanishDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * HR's yearly overview: per org unit, who had a locked plan in the last 12 months, who has a conversation
 * scheduled, and who has neither. Names and dates only; never anything that was said.
 */
@Service
@Transactional(readOnly = true)
public class YearlyOverviewService {

    private static final Duration YEAR = Duration.ofDays(365);

    private final ConversationAccess access;
    private final PeopleService people;
    private final Clock clock;
    private final AuditLog audit;

    YearlyOverviewService(ConversationAccess access, PeopleService people, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.access = access;
        this.people = people;
        this.clock = clock;
    }

    public enum Standing {
        HAD_CONVERSATION,
        SCHEDULED,
        NEITHER
    }

    /** One person who is to have a development conversation: everybody active with a personaleleder. */
    public record Line(String orgUnit, String name, Instant lastLockedPlan, Instant nextScheduled, Standing standing) {
    }

    /** The overview; for HR only. */
    public List<Line> overview(long readerId) {
        requireHr(readerId);
        List<PersonSummary> due = people.directory().stream()
                .filter(p -> p.active() && p.managerId() != null).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(PersonSummary::id).toList();
        EnumSet<ConversationKind> all = EnumSet.allOf(ConversationKind.class);
        Instant now = clock.instant();
        Map<Long, Instant> last = access.latestAsEmployee(ids, all, ConversationStatus.LOCKED);
        Map<Long, Instant> next = access.nextAsEmployee(ids, all,
                EnumSet.of(ConversationStatus.PLANNED, ConversationStatus.IN_PROGRESS), now);
        return due.stream().map(p -> {
            Instant held = last.get(p.id());
            Instant recent = held != null && held.isAfter(now.minus(YEAR)) ? held : null;
            Instant planned = next.get(p.id());
            Standing standing = recent != null ? Standing.HAD_CONVERSATION
                    : planned != null ? Standing.SCHEDULED : Standing.NEITHER;
            return new Line(p.orgUnitName(), p.fullName(), recent, planned, standing);
        }).sorted(Comparator.comparing(Line::orgUnit).thenComparing(Line::name)).toList();
    }

    /**
     * The overview as CSV for a spreadsheet: UTF-8 with a byte order mark, semicolon-separated, as Danish Excel
     * reads it. Header texts and standings are given by the caller in the reader's language.
     */
    public byte[] csv(long readerId, List<String> header, Map<Standing, String> standings) {
        List<Line> lines = overview(readerId);
        SpreadsheetCsv csv = new SpreadsheetCsv(header);
        for (Line line : lines) {
            csv.row(java.util.Arrays.asList(line.orgUnit(), line.name(),
                    line.lastLockedPlan() == null ? "" : DanishDates.date(line.lastLockedPlan()),
                    line.nextScheduled() == null ? "" : DanishDates.date(line.nextScheduled()),
                    standings.get(line.standing())));
        }
        audit.recordRead(Audited.of(AuditKind.EXPORTED, readerId).detail("aarsoverblik.csv: " + lines.size()));
        return csv.bytes();
    }

    private void requireHr(long readerId) {
        if (people.findById(readerId).map(p -> !p.hasRole(Role.HR)).orElse(true)) {
            throw new ConversationException.NotAllowed("overview.error.hr-only");
        }
    }
}
