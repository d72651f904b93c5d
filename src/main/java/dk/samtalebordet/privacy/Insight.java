package dk.samtalebordet.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.FollowUpItem;
import dk.samtalebordet.agreement.FollowUpService;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.archive.ArchivedDocument;
import dk.samtalebordet.audit.AuditEntry;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.conversation.Conversation;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.notification.ReminderService;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.preparation.Preparation.PreparationView;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.privacy.InsightPdf.Section;
import dk.samtalebordet.shared.DanishDates;
import dk.samtalebordet.shared.Translations;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.TableState;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Insight (GDPR art. 15): everything Samtalebordet stores about the signed-in person, in one ZIP: the same as JSON
 * for machines ({@code oplysninger.json}) and as PDF for people ({@code oplysninger.pdf}), with the PDFs of their
 * personalemappe. Their conversations' shared content, their own private notes (nobody else's), their agreements
 * with statuses, their reminders and the audit entries about them. The download is itself recorded.
 */
@Service
public class Insight {

    /** The ZIP and its file name. */
    public record Archive(String fileName, byte[] zip) {
    }

    private final PeopleService people;
    private final ConversationAccess conversations;
    private final LiveTableService table;
    private final PreparationService preparations;
    private final FollowUpService followUp;
    private final ArchiveService archive;
    private final ReminderService reminders;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    Insight(PeopleService people, ConversationAccess conversations, LiveTableService table,
            PreparationService preparations, FollowUpService followUp, ArchiveService archive,
            ReminderService reminders, AuditLog audit, ObjectMapper json, Clock clock) {
        this.people = people;
        this.conversations = conversations;
        this.table = table;
        this.preparations = preparations;
        this.followUp = followUp;
        this.archive = archive;
        this.reminders = reminders;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public Archive of(long me, Locale locale) {
        Report report = new Report(locale);
        PersonSummary person = people.findById(me).orElseThrow();
        report.section("insight.person", ordered("name", person.fullName(), "username", person.username(),
                "email", person.email(), "jobTitle", person.jobTitle(), "orgUnit", person.orgUnitName(),
                "leader", person.managerName(), "roles", person.roles().toString(), "active", person.active(),
                "source", person.source().name()));
        List<UUID> theirs = new ArrayList<>();
        for (Conversation c : conversations.ofParticipant(me)) {
            theirs.add(c.getId());
            report.conversation(conversation(c.getId(), me, locale));
        }
        List<Map<String, Object>> followed = new ArrayList<>();
        for (FollowUpItem item : followUp.agreementsOf(me, me)) {
            followed.add(ordered("agreement", item.agreement().fields().what(), "status",
                    String.valueOf(item.status()), "changedBy", item.changedBy(), "changedAt", item.changedAt()));
        }
        report.list("insight.follow-up", followed);
        List<ArchivedDocument> documents = archive.personnelFile(me, me);
        report.list("insight.documents", documents.stream().map(d -> ordered("title", d.title(), "file",
                d.fileName(), "filed", d.createdAt(), "sha256", d.sha256())).toList());
        report.list("insight.reminders", reminders.all(me).stream().map(r -> ordered("kind", r.kind().name(),
                "message", r.text(locale), "created", r.createdAt())).toList());
        List<AuditEntry> entries = audit.search(me, theirs, Instant.EPOCH, clock.instant().plusSeconds(1),
                Integer.MAX_VALUE);
        report.list("insight.audit", entries.stream().map(e -> ordered("when", e.occurredAt(), "what",
                e.kind().name(), "by", e.actorId(), "about", e.subjectId(), "conversation", e.conversationId(),
                "detail", e.detail())).toList());
        audit.record(Audited.of(AuditKind.INSIGHT_DOWNLOADED, me).about(me));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            put(out, "oplysninger.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report.json));
            put(out, "oplysninger.pdf", InsightPdf.write(report.text("insight.title", person.fullName()),
                    locale.getLanguage(), report.sections));
            for (ArchivedDocument d : documents) {
                put(out, "personalemappe/" + d.fileName(), archive.download(d.id(), me).bytes());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String date = LocalDate.now(clock.withZone(DanishDates.ZONE)).toString();
        return new Archive("samtalebordet-oplysninger-" + date + ".zip", zip.toByteArray());
    }

    /** One conversation as the person sees it: the shared table, and their own preparation. */
    private Map<String, Object> conversation(UUID id, long me, Locale locale) {
        TableState state = table.state(id, me);
        PreparationView prep = preparations.view(id, me);
        var details = state.conversation();
        Map<Long, String> perspectives = new LinkedHashMap<>();
        details.concept().perspectives().forEach(p -> perspectives.put(p.id(), p.name()));
        Map<Long, String> questions = new LinkedHashMap<>();
        details.concept().allQuestions().forEach(q -> questions.put(q.id(), q.text()));
        Map<String, String> notes = new LinkedHashMap<>();
        state.notes().forEach((p, n) -> {
            if (!n.text().isBlank()) {
                notes.put(perspectives.get(p), n.text());
            }
        });
        Map<String, String> privateNotes = new LinkedHashMap<>();
        prep.privateNotes().forEach((q, text) -> privateNotes.put(questions.get(q), text));
        List<String> myStikord = prep.participants().stream().filter(p -> p.personId() == me)
                .flatMap(p -> p.stikord().stream()).toList();
        return ordered("id", id, "kind", details.kind().name(), "concept", details.concept().name(),
                "startsAt", details.startsAt(), "status", details.status().name(), "lockedAt", details.lockedAt(),
                "participants", details.participants().stream().map(p -> p.fullName() + " (" + p.role() + ")")
                        .toList(),
                "piecesOnTheTable", state.pieces().stream().map(p -> p.kind() + ": " + p.key()).toList(),
                "sharedNotes", notes,
                "agreements", state.agreements().stream().map(Insight::agreement).toList(),
                "myStikord", myStikord,
                "myPrivateNotes", privateNotes);
    }

    private static Map<String, Object> agreement(AgreementView a) {
        return ordered("what", a.fields().what(), "who", a.fields().who(), "when", a.fields().when(),
                "responsible", a.fields().responsible(), "followUpDate", a.fields().followUpDate(),
                "followUp", a.fields().followUp(), "value", a.fields().value());
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** A map in the order given (key, value, key, value ...), null values left out. */
    static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    /** The JSON tree and the PDF's sections, built side by side, with headings in the reader's language. */
    private static final class Report {
        private final Locale locale;
        private final Map<String, Object> json = new LinkedHashMap<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Map<String, Object>> conversationList = new ArrayList<>();

        Report(Locale locale) {
            this.locale = locale;
            json.put("conversations", conversationList);
        }

        String text(String key, Object... params) {
            return Translations.get(locale, key, params);
        }

        void section(String key, Map<String, ?> values) {
            json.put(key.substring("insight.".length()), values);
            sections.add(new Section(text(key), values.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }

        void conversation(Map<String, Object> c) {
            conversationList.add(c);
            sections.add(new Section(text("insight.conversation", c.get("kind"), c.get("concept"),
                    DanishDates.dateTime((Instant) c.get("startsAt"), locale)), lines(c)));
        }

        void list(String key, List<Map<String, Object>> items) {
            json.put(key.substring("insight.".length()), items);
            List<String> lines = new ArrayList<>();
            for (Map<String, Object> item : items) {
                lines.addAll(lines(item));
                lines.add("");
            }
            sections.add(new Section(text(key), lines.isEmpty() ? List.of(text("insight.none")) : lines));
        }

        private static List<String> lines(Map<String, Object> item) {
            return item.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        }
    }
}
