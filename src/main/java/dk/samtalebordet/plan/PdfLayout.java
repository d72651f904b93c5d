package dk.samtalebordet.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.VerticalPositionMark;

import java.awt.Color;
import java.util.List;

/**
 * The building blocks of a document's body: headings, blocks, definitions ("Label   value") and paragraphs.
 * Every block is a borderless table, so that all text is written to the page in reading order (OpenPDF writes
 * plain paragraphs and table text to different layers of the page) and text extraction, copy and paste, search
 * and a screen reader follow the document.
 */
abstract class PdfLayout {

    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x5B, 0x64, 0x70);
    static final Color ACCENT = new Color(0x1E, 0x4E, 0x79);
    static final Color RULE = new Color(0xC9, 0xD1, 0xD9);
    static final Color TINT = new Color(0xEE, 0xF2, 0xF6);

    static final float LABEL_WIDTH = 92;
    static final float LEADING = 14;
    private static final String NONE = "–";

    final Document document;
    final PdfWriter writer;
    final PdfFonts fonts;
    final PdfText text;
    final Font body;
    final Font bodyBold;
    final Font label;
    private final Font heading;

    PdfLayout(Document document, PdfWriter writer, PdfFonts fonts, PdfText text) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.text = text;
        this.body = fonts.regular(10, INK);
        this.bodyBold = fonts.bold(10, INK);
        this.label = fonts.regular(8.5f, MUTED);
        this.heading = fonts.bold(12.5f, ACCENT);
    }

    /** A section heading with a hairline below; starts a new page rather than be left alone at the bottom. */
    void heading(String title) throws DocumentException {
        heading(title, 72);
    }

    void heading(String title, float keepWithNext) throws DocumentException {
        ensureSpace(keepWithNext);
        PdfPTable table = table(16, 6);
        PdfPCell cell = plain(new Paragraph(16, title, heading));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.8f);
        cell.setPaddingBottom(5);
        table.addCell(cell);
        document.add(table);
    }

    void ensureSpace(float points) throws DocumentException {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    /** Paragraphs as one borderless block that may split between pages. */
    void block(float before, float after, Element... content) throws DocumentException {
        PdfPTable table = table(before, after);
        PdfPCell cell = plain(null);
        for (Element element : content) {
            cell.addElement(element);
        }
        table.addCell(cell);
        document.add(table);
    }

    PdfPTable table(float before, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.setSplitLate(false);
        return table;
    }

    PdfPCell plain(Element content) {
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
    Paragraph definition(String name, Phrase value) {
        return definition(name, value, LABEL_WIDTH);
    }

    Paragraph definition(String name, Phrase value, float labelWidth) {
        Paragraph p = paragraph();
        p.setIndentationLeft(labelWidth);
        p.setFirstLineIndent(-labelWidth);
        p.add(new Chunk(name + " ", label));
        p.add(new Chunk(new VerticalPositionMark(), labelWidth));
        p.add(value);
        return p;
    }

    Phrase text(String value) {
        return new Phrase(orNone(value), body);
    }

    /** An empty paragraph in the body font (an empty one would otherwise carry the unembedded Helvetica). */
    Paragraph paragraph() {
        Paragraph p = new Paragraph(LEADING, "", body);
        p.setSpacingAfter(2);
        return p;
    }

    Paragraph paragraph(String content) {
        Paragraph p = new Paragraph(LEADING, content, body);
        p.setSpacingAfter(2);
        return p;
    }

    String clean(String s) {
        return fonts.clean(s);
    }

    String orNone(String s) {
        String cleaned = clean(s).strip();
        return cleaned.isEmpty() ? NONE : cleaned;
    }

    String joined(List<String> values) {
        List<String> cleaned = list(values).stream().map(this::clean).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
        return cleaned.isEmpty() ? text.get("none") : String.join(", ", cleaned);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
