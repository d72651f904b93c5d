package dk.samtalebordet.privacy;

import dk.samtalebordet.audit.AuditEntry;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.conversation.Conversation;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.DanishDates;
import dk.samtalebordet.shared.SpreadsheetCsv;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log as the data protection officer reads it: by person and period, with names, and as CSV. Only the
 * DPO role reads it, and every search and export is itself recorded.
 */
@Service
public class AuditReport {

    /** At most this many entries in one answer; the period is narrowed for more. */
    public static final int LIMIT = 5_000;

    private final AuditLog audit;
    private final PeopleService people;
    private final ConversationAccess conversations;

    AuditReport(AuditLog audit, PeopleService people, ConversationAccess conversations) {
        this.audit = audit;
        this.people = people;
        this.conversations = conversations;
    }

    /** One entry with the names of who and whose (null for a person no longer in the register). */
    public record Line(AuditEntry entry, String actorName, String subjectName) {
    }

    /** The question: everybody's entries, or one person's; a period of whole days, both included. */
    public record Query(Long personId, LocalDate from, LocalDate to) {
        public Query {
            if (from == null || to == null || to.isBefore(from)) {
                throw new ConversationException.InvalidInput("audit.error.period");
            }
        }
    }

    public List<Line> search(long dpoId, Query query) {
        requireDpo(dpoId);
        List<Line> lines = lines(query);
        audit.record(Audited.of(AuditKind.AUDIT_SEARCHED, dpoId).about(query.personId()).detail(describe(query)));
        return lines;
    }

    /** The same lines as CSV, formula-safe; the export is recorded. */
    public byte[] csv(long dpoId, Query query, List<String> header, Function<AuditKind, String> kindLabel,
                      String unknownPerson) {
        requireDpo(dpoId);
        List<Line> lines = lines(query);
        SpreadsheetCsv csv = new SpreadsheetCsv(header);
        for (Line l : lines) {
            AuditEntry e = l.entry();
            csv.row(Arrays.asList(DanishDates.dateTime(e.occurredAt(), DanishDates.DANISH),
                    kindLabel.apply(e.kind()), name(e.actorId(), l.actorName(), unknownPerson),
                    name(e.subjectId(), l.subjectName(), unknownPerson),
                    e.conversationId() == null ? "" : e.conversationId().toString(),
                    e.documentId() == null ? "" : e.documentId().toString(),
                    e.sourceAddress(), e.detail()));
        }
        audit.record(Audited.of(AuditKind.EXPORTED, dpoId).about(query.personId())
                .detail("adgangslog.csv: " + lines.size() + ", " + describe(query)));
        return csv.bytes();
    }

    private static String name(Long id, String name, String unknown) {
        return id == null ? "" : name != null ? name : unknown + " #" + id;
    }

    private List<Line> lines(Query query) {
        List<UUID> theirs = query.personId() == null ? List.of()
                : conversations.ofParticipant(query.personId()).stream().map(Conversation::getId).toList();
        Instant from = query.from().atStartOfDay(DanishDates.ZONE).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(DanishDates.ZONE).toInstant();
        List<AuditEntry> entries = audit.search(query.personId(), theirs, from, to, LIMIT);
        Map<Long, String> names = people.findAll(entries.stream()
                        .flatMap(e -> Stream.of(e.actorId(), e.subjectId())).filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName));
        List<Line> lines = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            lines.add(new Line(e, names.get(e.actorId()), names.get(e.subjectId())));
        }
        return lines;
    }

    private static String describe(Query query) {
        return (query.personId() == null ? "alle" : "person " + query.personId()) + ", "
                + DanishDates.date(query.from()) + "–" + DanishDates.date(query.to());
    }

    private void requireDpo(long readerId) {
        if (people.findById(readerId).map(p -> !p.active() || !p.hasRole(Role.DPO)).orElse(true)) {
            throw new ConversationException.NotAllowed("audit.error.dpo-only");
        }
    }
}
