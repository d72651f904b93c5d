package dk.samtalebordet.plan;

import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.TableState;
import dk.samtalebordet.plan.PlanDocumentData.AgreementLine;
import dk.samtalebordet.plan.PlanDocumentData.ApprovalLine;
import dk.samtalebordet.plan.PlanDocumentData.NoteSection;
import dk.samtalebordet.plan.PlanDocumentData.ParticipantLine;
import dk.samtalebordet.shared.Sha256;
import dk.samtalebordet.shared.Translations;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a locked plan into its PDF copies and files them: in a MUS or LUS one copy, filed in the employee's
 * personalemappe and held by the leader; in a GRUS one copy per employee (the group's agreements and their
 * own) plus the full plan held by the leader.
 */
@Component
class PlanDocuments {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final PlanPdfWriter pdf;
    private final ArchiveService archive;
    private final PreparationService preparations;

    PlanDocuments(PlanPdfWriter pdf, ArchiveService archive, PreparationService preparations) {
        this.pdf = pdf;
        this.archive = archive;
        this.preparations = preparations;
    }

    /** Generates and files every copy of the plan; done once, when the plan is locked. */
    void fileLockedPlan(TableState table, PlanOverview plan, Instant lockedAt) {
        ParticipantView leader = table.participants().stream().filter(p -> p.role() == ParticipantRole.LEADER)
                .findFirst().orElseThrow();
        List<ParticipantView> employees = table.participants().stream()
                .filter(p -> p.role() == ParticipantRole.EMPLOYEE).toList();
        if (table.kind() == ConversationKind.GRUS) {
            for (ParticipantView employee : employees) {
                file(table, plan, lockedAt, employee, leader, employee.personId(), employee.fullName());
            }
            file(table, plan, lockedAt, null, leader, null, null);
        } else {
            ParticipantView employee = employees.get(0);
            file(table, plan, lockedAt, employee, leader, null, null);
        }
    }

    /** Files one copy, in Danish: the language of the organisation's records. */
    private void file(TableState table, PlanOverview plan, Instant lockedAt, ParticipantView fileOf,
                      ParticipantView leader, Long onlyFor, String copyHolder) {
        PlanDocumentData data = data(table, plan, lockedAt, onlyFor, copyHolder, PdfText.DANISH);
        byte[] bytes = pdf.write(data);
        String date = LocalDate.ofInstant(table.startsAt(), ZONE).toString();
        String who = fileOf == null ? "hele-gruppen" : slug(fileOf.fullName());
        archive.file(fileOf == null ? null : fileOf.personId(), leader.personId(), table.conversationId(),
                fileOf == null ? PdfText.DANISH.get("archive.title.group", data.title())
                        : PdfText.DANISH.get("archive.title", data.title(), fileOf.fullName()),
                "udviklingsplan-" + date + "-" + who + ".pdf", bytes);
    }

    /**
     * The locked plan as the viewer holds it (an employee in a GRUS: their own copy; anybody else: the whole
     * plan), written anew in another language: the words around the content are translated, and the fingerprint
     * printed is the filed Danish copy's, so the translation points to the record it translates.
     */
    byte[] translatedCopy(TableState table, PlanOverview plan, long viewer, Locale locale) {
        boolean ownCopy = table.kind() == ConversationKind.GRUS && !table.iAmLeader();
        Long onlyFor = ownCopy ? viewer : null;
        String copyHolder = ownCopy ? name(table, viewer) : null;
        String filed = data(table, plan, table.lockedAt(), onlyFor, copyHolder, PdfText.DANISH).fingerprint();
        PdfText text = new PdfText(locale);
        return pdf.write(withFingerprint(data(table, plan, table.lockedAt(), onlyFor, copyHolder, text), filed), text);
    }

    /** The document's content: shared content only, never private notes. {@code onlyFor} narrows a GRUS copy. */
    PlanDocumentData data(TableState table, PlanOverview plan, Instant lockedAt, Long onlyFor, String copyHolder,
                          PdfText text) {
        Map<Long, String> perspectives = new java.util.HashMap<>();
        table.concept().perspectives().forEach(p -> perspectives.put(p.id(), p.name()));
        List<AgreementLine> agreements = table.agreements().stream()
                .filter(a -> onlyFor == null || a.fields().forPersonId() == null
                        || Objects.equals(a.fields().forPersonId(), onlyFor))
                .map(a -> line(table, perspectives, a, text)).toList();
        List<NoteSection> notes = new ArrayList<>();
        for (PerspectiveDetails p : table.concept().perspectives()) {
            String note = table.notes().get(p.id()).text();
            if (!note.isBlank()) {
                notes.add(new NoteSection(p.name(), note));
            }
        }
        Map<String, String> pictureTitles = new java.util.HashMap<>();
        table.concept().pictures().forEach(p -> pictureTitles.put(p.code(), p.title()));
        List<String> stikord = table.pieces().stream().filter(p -> p.kind() == PieceKind.STIKORD)
                .map(p -> p.key()).toList();
        List<String> pictures = table.pieces().stream().filter(p -> p.kind() == PieceKind.PICTURE)
                .map(p -> pictureTitles.getOrDefault(p.key(), p.key())).toList();
        List<ApprovalLine> approvals = table.participants().stream()
                .filter(p -> plan.approvals().containsKey(p.personId()))
                .map(p -> new ApprovalLine(p.fullName(), plan.approvals().get(p.personId()))).toList();
        String writer = plan.writerId() == null ? null : name(table, plan.writerId());
        String id = "UP-" + LocalDate.ofInstant(table.startsAt(), ZONE).getYear() + "-"
                + table.conversationId().toString().substring(0, 8).toUpperCase(Locale.ROOT)
                + (onlyFor == null ? "" : "-" + initials(table, onlyFor));
        PlanDocumentData withoutFingerprint = new PlanDocumentData(id,
                shortKind(table.kind()) + " · " + table.concept().name(), table.concept().name(),
                text.get("kind." + table.kind()), copyHolder,
                table.participants().stream().map(p -> new ParticipantLine(p.fullName(), text.get(
                        p.role() == ParticipantRole.LEADER ? "role.leader" : table.kind() == ConversationKind.LUS
                                ? "role.leader-as-employee" : "role.employee"))).toList(),
                table.startsAt(), Translations.get(text.locale(), "form." + table.form()),
                table.place() == null ? "" : table.place(), chosen(table),
                stikord, pictures, notes, agreements, plan.minutes(), writer, approvals, lockedAt, "");
        return withFingerprint(withoutFingerprint, fingerprint(withoutFingerprint));
    }

    /** The 3 stikord each participant chose before the conversation and shared with the others. */
    private List<PlanDocumentData.ChosenStikord> chosen(TableState table) {
        Map<Long, List<String>> chosen = preparations.sharedStikord(table.conversationId());
        return table.participants().stream().filter(p -> chosen.containsKey(p.personId()))
                .map(p -> new PlanDocumentData.ChosenStikord(p.fullName(), chosen.get(p.personId()))).toList();
    }

    private static AgreementLine line(TableState table, Map<Long, String> perspectives, AgreementView a,
                                      PdfText text) {
        var f = a.fields();
        String scope = a.perspectiveId() == null ? text.get("agreement.whole") : perspectives.get(a.perspectiveId());
        String forWhom = table.kind() != ConversationKind.GRUS ? null
                : f.forPersonId() == null ? text.get("agreement.group") : name(table, f.forPersonId());
        return new AgreementLine(scope, forWhom, f.what(), f.who(), f.when(), f.responsible(), f.followUpDate(),
                f.followUp(), f.value());
    }

    /**
     * The plan's fingerprint: the SHA-256 of a canonical text of everything the document states, except its own
     * id and fingerprint. Anybody holding the same content can recompute it.
     */
    static String fingerprint(PlanDocumentData d) {
        StringBuilder s = new StringBuilder();
        s.append(d.title()).append('\n').append(d.conceptName()).append('\n').append(d.kindLabel()).append('\n')
                .append(Objects.toString(d.copyHolder(), "")).append('\n');
        d.participants().forEach(p -> s.append("P|").append(p.name()).append('|').append(p.roleLabel()).append('\n'));
        s.append(d.startsAt()).append('|').append(d.formLabel()).append('|').append(d.place()).append('\n');
        d.chosenStikord().forEach(c -> s.append("C|").append(c.name()).append('|')
                .append(String.join(",", c.stikord())).append('\n'));
        s.append("S|").append(String.join(",", d.stikordUsed())).append('\n');
        s.append("B|").append(String.join(",", d.picturesUsed())).append('\n');
        d.notes().forEach(n -> s.append("N|").append(n.perspective()).append('|').append(n.text()).append('\n'));
        d.agreements().forEach(a -> s.append("A|").append(a.scope()).append('|').append(a.forWhom()).append('|')
                .append(a.what()).append('|').append(a.who()).append('|').append(a.when()).append('|')
                .append(a.responsible()).append('|').append(a.followUpDate()).append('|').append(a.followUpHow())
                .append('|').append(a.value()).append('\n'));
        s.append("M|").append(d.minutes()).append('|').append(d.planWriter()).append('\n');
        d.approvals().forEach(a -> s.append("G|").append(a.name()).append('|').append(a.approvedAt()).append('\n'));
        s.append("L|").append(d.lockedAt()).append('\n');
        return Sha256.hex(s.toString());
    }

    private static PlanDocumentData withFingerprint(PlanDocumentData d, String fingerprint) {
        return new PlanDocumentData(d.documentId(), d.title(), d.conceptName(), d.kindLabel(), d.copyHolder(),
                d.participants(), d.startsAt(), d.formLabel(), d.place(), d.chosenStikord(), d.stikordUsed(),
                d.picturesUsed(), d.notes(), d.agreements(), d.minutes(), d.planWriter(), d.approvals(),
                d.lockedAt(), fingerprint);
    }

    private static String shortKind(ConversationKind kind) {
        return kind.name();
    }

    private static String name(TableState table, long personId) {
        return table.participant(personId).map(ParticipantView::fullName).orElse("");
    }

    private static String initials(TableState table, long personId) {
        return table.participant(personId).map(ParticipantView::initials).orElse("");
    }

    /**
     * A file name part for a person's name: lower case ASCII, letters transliterated rather than dropped
     * ("Emine Yılmaz" becomes {@code emine-yilmaz}, "Søren Ærø Ås" {@code soeren-aeroe-aas}).
     */
    static String slug(String name) {
        StringBuilder out = new StringBuilder();
        for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(TRANSLITERATION.getOrDefault(ch, String.valueOf(ch)));
        }
        String ascii = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Letters that have no accent to strip: written as Danish (æ, ø, å) or their own languages write them. */
    private static final Map<Character, String> TRANSLITERATION = Map.ofEntries(
            Map.entry('æ', "ae"), Map.entry('ø', "oe"), Map.entry('å', "aa"), Map.entry('ı', "i"),
            Map.entry('ß', "ss"), Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"),
            Map.entry('þ', "th"), Map.entry('œ', "oe"), Map.entry('ĳ', "ij"), Map.entry('ŋ', "ng"),
            Map.entry('ħ', "h"), Map.entry('ŧ', "t"));
}
