package dk.samtalebordet.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.samtalebordet.plan.PlanDocumentData.AgreementLine;
import dk.samtalebordet.plan.PlanDocumentData.ApprovalLine;
import dk.samtalebordet.plan.PlanDocumentData.ChosenStikord;
import dk.samtalebordet.plan.PlanDocumentData.NoteSection;
import dk.samtalebordet.plan.PlanDocumentData.ParticipantLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The body of one udviklingsplan, in reading order: title, facts, participants, stikord, notes, agreements. */
final class PlanPdfContent extends PdfLayout {

    private final PlanDocumentData data;

    PlanPdfContent(Document document, PdfWriter writer, PdfFonts fonts, PdfText text, PlanDocumentData data) {
        super(document, writer, fonts, text);
        this.data = data;
    }

    void write() throws DocumentException {
        title();
        facts();
        participants();
        chosenStikord();
        piecesUsed();
        notes();
        agreements();
        closing();
    }

    private void title() throws DocumentException {
        Paragraph kicker = new Paragraph(26, text.get("kicker"), fonts.bold(22, ACCENT));
        Paragraph title = new Paragraph(17, clean(data.title()), fonts.regular(13, INK));
        title.setSpacingBefore(3);
        block(0, 10, kicker, title);
    }

    private void facts() throws DocumentException {
        PdfPTable table = table(0, 0);
        table.addCell(plain(definition(text.get("concept"), text(data.conceptName()))));
        table.addCell(plain(definition(text.get("conversation"), text(data.kindLabel()))));
        table.addCell(plain(definition(text.get("when"), text(text.dateTime(data.startsAt())))));
        table.addCell(plain(definition(text.get("form"), text(data.formLabel()))));
        table.addCell(plain(definition(text.get("place"), text(data.place()))));
        document.add(table);
        if (data.copyHolder() != null) {
            Paragraph copy = paragraph();
            copy.add(new Chunk(text.get("copy-for") + " ", bodyBold));
            copy.add(new Chunk(orNone(data.copyHolder()), body));
            PdfPCell cell = plain(copy);
            cell.setBackgroundColor(TINT);
            cell.setPadding(6);
            cell.setPaddingTop(4);
            cell.setPaddingBottom(7);
            PdfPTable frame = table(6, 0);
            frame.addCell(cell);
            document.add(frame);
        }
    }

    private void participants() throws DocumentException {
        heading(text.get("participants"));
        List<Paragraph> lines = new ArrayList<>();
        for (ParticipantLine p : list(data.participants())) {
            Paragraph line = paragraph();
            line.add(new Chunk(orNone(p.name()), bodyBold));
            line.add(new Chunk(" – " + orNone(p.roleLabel()), body));
            lines.add(line);
        }
        if (lines.isEmpty()) {
            lines.add(paragraph(orNone(null)));
        }
        block(0, 0, lines.toArray(Element[]::new));
    }

    private void chosenStikord() throws DocumentException {
        heading(text.get("chosen-stikord"));
        List<Paragraph> lines = new ArrayList<>();
        for (ChosenStikord c : list(data.chosenStikord())) {
            Paragraph line = paragraph();
            line.add(new Chunk(orNone(c.name()) + ": ", bodyBold));
            line.add(new Chunk(joined(c.stikord()), body));
            lines.add(line);
        }
        if (lines.isEmpty()) {
            lines.add(paragraph(text.get("chosen-stikord.none")));
        }
        block(0, 0, lines.toArray(Element[]::new));
    }

    private void piecesUsed() throws DocumentException {
        heading(text.get("pieces-used"));
        List<String> stikord = list(data.stikordUsed());
        List<String> pictures = list(data.picturesUsed());
        if (stikord.isEmpty() && pictures.isEmpty()) {
            block(0, 0, paragraph(text.get("none")));
            return;
        }
        block(0, 0, definition(text.get("stikord"), new Phrase(joined(stikord), body)),
                definition(text.get("pictures"), new Phrase(joined(pictures), body)));
    }

    private void notes() throws DocumentException {
        heading(text.get("notes"));
        List<NoteSection> sections = list(data.notes()).stream()
                .filter(n -> n.text() != null && !n.text().isBlank()).toList();
        if (sections.isEmpty()) {
            block(0, 0, paragraph(text.get("notes.none")));
        }
        for (NoteSection n : sections) {
            ensureSpace(48);
            Paragraph perspective = new Paragraph(LEADING, orNone(n.perspective()), fonts.bold(10.5f, INK));
            Paragraph note = new Paragraph(LEADING, clean(n.text().strip()), body);
            note.setSpacingBefore(1);
            block(2, 6, perspective, note);
        }
    }

    private void agreements() throws DocumentException {
        List<AgreementLine> agreements = list(data.agreements());
        heading(text.get("agreements"), agreements.isEmpty() ? 60 : 180);
        if (agreements.isEmpty()) {
            block(0, 0, paragraph(text.get("agreements.none")));
        }
        int number = 1;
        for (AgreementLine a : agreements) {
            document.add(agreement(number++, a));
        }
    }

    /** One agreement as a bordered block: a tinted head (number and scope), then one row per field. */
    private PdfPTable agreement(int number, AgreementLine a) {
        PdfPTable table = table(4, 8);
        table.setKeepTogether(true);
        table.setHeaderRows(1);

        Paragraph head = paragraph();
        head.add(new Chunk(text.get("agreement", String.valueOf(number)) + "  ", bodyBold));
        head.add(new Chunk("· " + orNone(a.scope() == null ? text.get("agreement.whole") : a.scope()),
                fonts.regular(9, MUTED)));
        PdfPCell headCell = plain(head);
        headCell.setBackgroundColor(TINT);
        headCell.setBorder(Rectangle.BOX);
        headCell.setBorderColor(RULE);
        headCell.setBorderWidth(0.6f);
        headCell.setPaddingLeft(8);
        headCell.setPaddingRight(8);
        headCell.setPaddingTop(3);
        headCell.setPaddingBottom(6);
        table.addCell(headCell);

        if (a.forWhom() != null) {
            agreementRow(table, "agreement.for", text(a.forWhom()));
        }
        agreementRow(table, "agreement.what", new Phrase(orNone(a.what()), bodyBold));
        agreementRow(table, "agreement.who", text(a.who()));
        agreementRow(table, "agreement.when", text(a.when()));
        agreementRow(table, "agreement.responsible", text(a.responsible()));
        agreementRow(table, "agreement.follow-up", text(followUp(a.followUpDate(), a.followUpHow())));
        agreementRow(table, "agreement.value", text(a.value()));
        return table;
    }

    private void agreementRow(PdfPTable table, String key, Phrase value) {
        // the value column lines up with the facts above: the cell's left padding comes off the label width
        PdfPCell cell = plain(definition(text.get(key), value, LABEL_WIDTH - 8));
        cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT | Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.6f);
        cell.setPaddingLeft(8);
        cell.setPaddingRight(8);
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(5);
        table.addCell(cell);
    }

    private void closing() throws DocumentException {
        if (data.minutes() != null && !data.minutes().isBlank()) {
            heading(text.get("minutes"));
            block(0, 0, new Paragraph(LEADING, clean(data.minutes().strip()), body));
        }
        if (data.planWriter() != null) {
            Paragraph writerLine = paragraph();
            writerLine.add(new Chunk(text.get("writer") + " ", label));
            writerLine.add(new Chunk(orNone(data.planWriter()), body));
            block(10, 0, writerLine);
        }

        List<ApprovalLine> approvals = list(data.approvals());
        heading(text.get("approvals"), 44 + LEADING * Math.min(approvals.size() + 1, 6));
        List<Paragraph> lines = new ArrayList<>();
        for (ApprovalLine a : approvals) {
            Paragraph line = paragraph();
            line.add(new Chunk(orNone(a.name()), bodyBold));
            line.add(new Chunk(" – " + text.get("approved", orNone(text.dateTime(a.approvedAt()))), body));
            lines.add(line);
        }
        if (lines.isEmpty()) {
            lines.add(paragraph(text.get("approvals.none")));
        }
        if (data.lockedAt() != null) {
            Paragraph locked = new Paragraph(LEADING, text.get("locked", text.dateTime(data.lockedAt())),
                    fonts.bold(10, ACCENT));
            locked.setSpacingBefore(6);
            lines.add(locked);
        }
        block(0, 0, lines.toArray(Element[]::new));
    }

    private String followUp(LocalDate date, String how) {
        String plan = how == null ? "" : how.strip();
        if (date == null) {
            return plan;
        }
        return plan.isEmpty() ? text.date(date) : text.date(date) + " – " + plan;
    }
}
