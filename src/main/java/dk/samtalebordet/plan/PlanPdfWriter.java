package dk.samtalebordet.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.XmpArray;
import com.lowagie.text.xml.xmp.XmpWriter;
import dk.samtalebordet.plan.PlanDocumentData.AgreementLine;
import dk.samtalebordet.plan.PlanDocumentData.ApprovalLine;
import dk.samtalebordet.plan.PlanDocumentData.ChosenStikord;
import dk.samtalebordet.shared.DanishDates;
import dk.samtalebordet.plan.PlanDocumentData.NoteSection;
import dk.samtalebordet.plan.PlanDocumentData.ParticipantLine;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an udviklingsplan as an A4 PDF/A-1b document in Danish: DejaVu Sans embedded (regular and bold), document
 * info and XMP metadata, an sRGB output intent, and on every page a footer with "Side X af Y", the document id and
 * the plan's SHA-256 fingerprint.
 *
 * <p>Every text from {@link PlanDocumentData} is set as plain text, never interpreted. The font files are read once;
 * each call builds its own font objects and writer, so the component is thread-safe. The document is laid out twice:
 * the first pass only counts the pages, so that the footer can say "Side X af Y" as ordinary page text.
 */
@Component
class PlanPdfWriter {

    static final String CREATOR = "Samtalebordet";
    static final String LANGUAGE = "da-DK";


    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x64, 0x70);
    private static final Color ACCENT = new Color(0x1E, 0x4E, 0x79);
    private static final Color RULE = new Color(0xC9, 0xD1, 0xD9);
    private static final Color TINT = new Color(0xEE, 0xF2, 0xF6);

    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 60;
    private static final float MARGIN_BOTTOM = 78;
    private static final String NONE = "–";

    private final byte[] regularFontFile;
    private final byte[] boldFontFile;
    private final byte[] srgbProfile;

    PlanPdfWriter() {
        this.regularFontFile = resource("fonts/DejaVuSans.ttf");
        this.boldFontFile = resource("fonts/DejaVuSans-Bold.ttf");
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The plan as a PDF/A-1b document. */
    byte[] write(PlanDocumentData data) {
        try {
            Fonts fonts = new Fonts(
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                            regularFontFile, null),
                    BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                            boldFontFile, null));
            int pages = render(data, fonts, 0).pages();
            Rendered rendered = render(data, fonts, pages);
            if (rendered.pages() != pages) {
                throw new IllegalStateException("Page count changed between passes: " + pages + " / "
                        + rendered.pages());
            }
            return rendered.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the plan PDF", e);
        }
    }

    private record Rendered(byte[] bytes, int pages) {
    }

    private Rendered render(PlanDocumentData data, Fonts fonts, int totalPages) throws IOException, DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        String title = singleLine(data.title());
        String documentId = singleLine(data.documentId());
        Footer footer = new Footer(fonts, title, documentId, singleLine(data.fingerprint()), totalPages);
        writer.setPageEvent(footer);

        document.addTitle(title);
        document.addAuthor(CREATOR);
        document.addCreator(CREATOR);
        document.addSubject("Udviklingsplan " + documentId);
        document.open();

        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                srgbProfile);
        writer.setXmpMetadata(xmp(writer));

        new Content(document, writer, fonts, data).write();

        document.close();
        return new Rendered(out.toByteArray(), footer.pages);
    }

    /** The XMP packet: the document info (title, author, creator, dates, producer), PDF/A-1b and the language. */
    private static byte[] xmp(PdfWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmpWriter xmp = new XmpWriter(out, writer.getInfo(), PdfWriter.PDFA1B);
        DublinCoreSchema language = new DublinCoreSchema();
        language.remove(DublinCoreSchema.FORMAT); // already in the first dc description
        XmpArray languages = new XmpArray(XmpArray.UNORDERED);
        languages.add(LANGUAGE);
        language.setProperty(DublinCoreSchema.LANGUAGE, languages);
        xmp.addRdfDescription(language);
        xmp.close();
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** One document's fonts (created per call: font objects are not shared between threads). */
    private static final class Fonts {
        final BaseFont regular;
        final BaseFont bold;

        Fonts(BaseFont regular, BaseFont bold) {
            this.regular = regular;
            this.bold = bold;
        }

        Font regular(float size, Color color) {
            return new Font(regular, size, Font.NORMAL, color);
        }

        Font bold(float size, Color color) {
            return new Font(bold, size, Font.NORMAL, color);
        }

        /** Plain text the fonts can show: line breaks normalised, control characters dropped, unknown glyphs '?'. */
        String clean(String s) {
            if (s == null || s.isEmpty()) {
                return "";
            }
            StringBuilder b = new StringBuilder(s.length());
            String normalised = s.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
            normalised.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    b.append('\n');
                } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                    // invisible: dropped
                } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    b.append(' ');
                } else if (regular.charExists(cp) && bold.charExists(cp)) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }

    /** The page furniture: a running head from page 2, and on every page the footer. */
    private static final class Footer extends PdfPageEventHelper {
        private final Fonts fonts;
        private final String title;
        private final String documentId;
        private final String fingerprint;
        private final int totalPages;
        int pages;

        Footer(Fonts fonts, String title, String documentId, String fingerprint, int totalPages) {
            this.fonts = fonts;
            this.title = title;
            this.documentId = documentId;
            this.fingerprint = fingerprint;
            this.totalPages = totalPages;
        }

        /** From page 2 on, a quiet running head (drawn first, so that text extraction reads it first). */
        @Override
        public void onStartPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                        new Phrase(fonts.clean("Udviklingsplan · " + title), fonts.regular(7.5f, MUTED)),
                        document.left(), document.getPageSize().getHeight() - 34, 0);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages = writer.getPageNumber();
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float right = document.right();

            float ruleY = document.bottom() - 16;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(left, ruleY);
            canvas.lineTo(right, ruleY);
            canvas.stroke();
            canvas.restoreState();

            // left: the document id and, below it, the fingerprint; right, between the two lines: the page number
            // (on a baseline of its own, so that text extraction keeps the three apart)
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(fonts.clean("Dokument-id: " + documentId), fonts.regular(7.5f, MUTED)),
                    left, ruleY - 12, 0);
            String of = totalPages > 0 ? String.valueOf(totalPages) : "?";
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Side " + pages + " af " + of, fonts.regular(8, INK)), right, ruleY - 17, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(fonts.clean(FINGERPRINT_LABEL + fingerprint), fonts.regular(6.5f, MUTED)),
                    left, ruleY - 22.5f, 0);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Lays out the body of one document. Every block is a borderless table, so that all text is written to the page
     * in reading order (OpenPDF writes plain paragraphs and table text to different layers of the page) and text
     * extraction, copy and paste and search follow the document.
     */
    private static final class Content {
        private static final float LABEL_WIDTH = 92;
        private static final float LEADING = 14;

        private final Document document;
        private final PdfWriter writer;
        private final Fonts fonts;
        private final PlanDocumentData data;

        private final Font body;
        private final Font bodyBold;
        private final Font label;
        private final Font heading;

        Content(Document document, PdfWriter writer, Fonts fonts, PlanDocumentData data) {
            this.document = document;
            this.writer = writer;
            this.fonts = fonts;
            this.data = data;
            this.body = fonts.regular(10, INK);
            this.bodyBold = fonts.bold(10, INK);
            this.label = fonts.regular(8.5f, MUTED);
            this.heading = fonts.bold(12.5f, ACCENT);
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
            Paragraph kicker = new Paragraph(26, "Udviklingsplan", fonts.bold(22, ACCENT));
            Paragraph title = new Paragraph(17, clean(data.title()), fonts.regular(13, INK));
            title.setSpacingBefore(3);
            block(0, 10, kicker, title);
        }

        private void facts() throws DocumentException {
            PdfPTable table = table(0, 0);
            table.addCell(plain(definition("Koncept", text(data.conceptName()))));
            table.addCell(plain(definition("Samtale", text(data.kindLabel()))));
            table.addCell(plain(definition("Dato og tid", text(dateTime(data.startsAt())))));
            table.addCell(plain(definition("Form", text(data.formLabel()))));
            table.addCell(plain(definition("Sted", text(data.place()))));
            if (data.copyHolder() != null) {
                Paragraph copy = paragraph();
                copy.add(new Chunk("Kopi til: ", bodyBold));
                copy.add(new Chunk(orNone(data.copyHolder()), body));
                PdfPCell cell = plain(copy);
                cell.setBackgroundColor(TINT);
                cell.setPadding(6);
                cell.setPaddingTop(4);
                cell.setPaddingBottom(7);
                PdfPTable frame = table(6, 0);
                frame.addCell(cell);
                document.add(table);
                document.add(frame);
                return;
            }
            document.add(table);
        }

        private void participants() throws DocumentException {
            heading("Deltagere");
            List<Paragraph> lines = new ArrayList<>();
            for (ParticipantLine p : list(data.participants())) {
                Paragraph line = paragraph();
                line.add(new Chunk(orNone(p.name()), bodyBold));
                line.add(new Chunk(" – " + orNone(p.roleLabel()), body));
                lines.add(line);
            }
            if (lines.isEmpty()) {
                lines.add(paragraph(NONE));
            }
            block(0, 0, lines.toArray(Element[]::new));
        }

        private void chosenStikord() throws DocumentException {
            heading("Stikord valgt og delt før samtalen");
            List<Paragraph> lines = new ArrayList<>();
            for (ChosenStikord c : list(data.chosenStikord())) {
                Paragraph line = paragraph();
                line.add(new Chunk(orNone(c.name()) + ": ", bodyBold));
                line.add(new Chunk(joined(c.stikord()), body));
                lines.add(line);
            }
            if (lines.isEmpty()) {
                lines.add(paragraph("Ingen delte stikord før samtalen"));
            }
            block(0, 0, lines.toArray(Element[]::new));
        }

        private void piecesUsed() throws DocumentException {
            heading("Stikord og billeder brugt i samtalen");
            List<String> stikord = list(data.stikordUsed());
            List<String> pictures = list(data.picturesUsed());
            if (stikord.isEmpty() && pictures.isEmpty()) {
                block(0, 0, paragraph("Ingen"));
                return;
            }
            block(0, 0, definition("Stikord", new Phrase(joined(stikord), body)),
                    definition("Billeder", new Phrase(joined(pictures), body)));
        }

        private void notes() throws DocumentException {
            heading("Noter");
            List<NoteSection> sections = list(data.notes()).stream()
                    .filter(n -> n.text() != null && !n.text().isBlank()).toList();
            if (sections.isEmpty()) {
                block(0, 0, paragraph("Ingen fælles noter"));
            }
            for (NoteSection n : sections) {
                ensureSpace(48);
                Paragraph perspective = new Paragraph(LEADING, orNone(n.perspective()), fonts.bold(10.5f, INK));
                Paragraph text = new Paragraph(LEADING, clean(n.text().strip()), body);
                text.setSpacingBefore(1);
                block(2, 6, perspective, text);
            }
        }

        private void agreements() throws DocumentException {
            List<AgreementLine> agreements = list(data.agreements());
            heading("Aftaler – udviklingsplan", agreements.isEmpty() ? 60 : 180);
            if (agreements.isEmpty()) {
                block(0, 0, paragraph("Ingen aftaler"));
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
            head.add(new Chunk("Aftale " + number + "  ", bodyBold));
            head.add(new Chunk("· " + orNone(a.scope() == null ? "Hele samtalen" : a.scope()),
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
                agreementRow(table, "For", text(a.forWhom()));
            }
            agreementRow(table, "Hvad", new Phrase(orNone(a.what()), bodyBold));
            agreementRow(table, "Hvem", text(a.who()));
            agreementRow(table, "Hvornår", text(a.when()));
            agreementRow(table, "Ansvar", text(a.responsible()));
            agreementRow(table, "Opfølgning", text(followUp(a.followUpDate(), a.followUpHow())));
            agreementRow(table, "Værdi", text(a.value()));
            return table;
        }

        private void agreementRow(PdfPTable table, String name, Phrase value) {
            // the value column lines up with the facts above: the cell's left padding comes off the label width
            PdfPCell cell = plain(definition(name, value, LABEL_WIDTH - 8));
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
                heading("Referat");
                block(0, 0, new Paragraph(LEADING, clean(data.minutes().strip()), body));
            }
            if (data.planWriter() != null) {
                Paragraph writerLine = paragraph();
                writerLine.add(new Chunk("Planen er skrevet af: ", label));
                writerLine.add(new Chunk(orNone(data.planWriter()), body));
                block(10, 0, writerLine);
            }

            List<ApprovalLine> approvals = list(data.approvals());
            heading("Godkendelser", 44 + LEADING * Math.min(approvals.size() + 1, 6));
            List<Paragraph> lines = new ArrayList<>();
            for (ApprovalLine a : approvals) {
                Paragraph line = paragraph();
                line.add(new Chunk(orNone(a.name()), bodyBold));
                line.add(new Chunk(" – godkendt " + orNone(dateTime(a.approvedAt())), body));
                lines.add(line);
            }
            if (lines.isEmpty()) {
                lines.add(paragraph("Ingen godkendelser"));
            }
            if (data.lockedAt() != null) {
                Paragraph locked = new Paragraph(LEADING, "Låst " + dateTime(data.lockedAt()), fonts.bold(10, ACCENT));
                locked.setSpacingBefore(6);
                lines.add(locked);
            }
            block(0, 0, lines.toArray(Element[]::new));
        }

        // -- building blocks --

        /** A section heading with a hairline below; starts a new page rather than be left alone at the bottom. */
        private void heading(String text) throws DocumentException {
            heading(text, 72);
        }

        private void heading(String text, float keepWithNext) throws DocumentException {
            ensureSpace(keepWithNext);
            PdfPTable table = table(16, 6);
            PdfPCell cell = plain(new Paragraph(16, text, heading));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.8f);
            cell.setPaddingBottom(5);
            table.addCell(cell);
            document.add(table);
        }

        private void ensureSpace(float points) throws DocumentException {
            if (writer.getVerticalPosition(false) - document.bottom() < points) {
                document.newPage();
            }
        }

        /** Paragraphs as one borderless block that may split between pages. */
        private void block(float before, float after, Element... content) throws DocumentException {
            PdfPTable table = table(before, after);
            PdfPCell cell = plain(null);
            for (Element element : content) {
                cell.addElement(element);
            }
            table.addCell(cell);
            document.add(table);
        }

        private PdfPTable table(float before, float after) {
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setSpacingBefore(before);
            table.setSpacingAfter(after);
            table.setSplitLate(false);
            return table;
        }

        private PdfPCell plain(Element content) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(2);
            cell.setUseAscender(true);
            cell.setUseDescender(true);
            if (content != null) {
                cell.addElement(content);
            }
            return cell;
        }

        /** "Label   value" with the value aligned at a tab stop and wrapped lines hanging under it. */
        private Paragraph definition(String name, Phrase value) {
            return definition(name, value, LABEL_WIDTH);
        }

        private Paragraph definition(String name, Phrase value, float labelWidth) {
            Paragraph p = paragraph();
            p.setIndentationLeft(labelWidth);
            p.setFirstLineIndent(-labelWidth);
            p.add(new Chunk(name + " ", label));
            p.add(new Chunk(new VerticalPositionMark(), labelWidth));
            p.add(value);
            return p;
        }

        private Phrase text(String value) {
            return new Phrase(orNone(value), body);
        }

        /** An empty paragraph in the body font (an empty one would otherwise carry the unembedded Helvetica). */
        private Paragraph paragraph() {
            Paragraph p = new Paragraph(LEADING, "", body);
            p.setSpacingAfter(2);
            return p;
        }

        private Paragraph paragraph(String text) {
            Paragraph p = new Paragraph(LEADING, text, body);
            p.setSpacingAfter(2);
            return p;
        }

        private String clean(String s) {
            return fonts.clean(s);
        }

        private String orNone(String s) {
            String cleaned = clean(s).strip();
            return cleaned.isEmpty() ? NONE : cleaned;
        }

        private String joined(List<String> values) {
            List<String> cleaned = list(values).stream().map(this::clean).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            return cleaned.isEmpty() ? "Ingen" : String.join(", ", cleaned);
        }

        private static String followUp(LocalDate date, String how) {
            String text = how == null ? "" : how.strip();
            if (date == null) {
                return text;
            }
            return text.isEmpty() ? DanishDates.date(date) : DanishDates.date(date) + " – " + text;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The plan's fingerprint is the SHA-256 of its content, not of the file: named so, nobody comparing it with the
     * file's checksum in the personalemappe takes the two for a mismatch.
     */
    static final String FINGERPRINT_LABEL = "Fingeraftryk af planens indhold (SHA-256): ";

    static String dateTime(Instant instant) {
        return DanishDates.dateTime(instant, DanishDates.DANISH);
    }

    /**
     * A one-line text for the metadata and the page furniture: no control characters (XMP, being XML, cannot hold
     * them, and the document info must say the same as the XMP), whitespace runs as one space.
     */
    static String singleLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cc}\\p{Z}\\s]+", " ").strip();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PlanPdfWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
