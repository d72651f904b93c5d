package dk.samtalebordet.plan;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** The page furniture: a running head from page 2, and on every page the footer with id, page and fingerprint. */
final class PlanPdfFooter extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final PdfText text;
    private final String title;
    private final String documentId;
    private final String fingerprint;
    private final int totalPages;
    int pages;

    PlanPdfFooter(PdfFonts fonts, PdfText text, String title, String documentId, String fingerprint,
                  int totalPages) {
        this.fonts = fonts;
        this.text = text;
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
                    new Phrase(fonts.clean(text.get("running-head", title)), fonts.regular(7.5f, PdfLayout.MUTED)),
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
        canvas.setColorStroke(PdfLayout.RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, ruleY);
        canvas.lineTo(right, ruleY);
        canvas.stroke();
        canvas.restoreState();

        // left: the document id and, below it, the fingerprint; right, between the two lines: the page number
        // (on a baseline of its own, so that text extraction keeps the three apart)
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(fonts.clean(text.get("document-id", documentId)), fonts.regular(7.5f, PdfLayout.MUTED)),
                left, ruleY - 12, 0);
        String of = totalPages > 0 ? String.valueOf(totalPages) : "?";
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                new Phrase(text.get("page", String.valueOf(pages), of), fonts.regular(8, PdfLayout.INK)),
                right, ruleY - 17, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(fonts.clean(text.get("fingerprint") + " " + fingerprint),
                        fonts.regular(6.5f, PdfLayout.MUTED)),
                left, ruleY - 22.5f, 0);
    }
}
