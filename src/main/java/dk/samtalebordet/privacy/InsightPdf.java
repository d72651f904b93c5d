package dk.samtalebordet.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The insight report as a readable PDF: a title, then each section's heading and lines. */
final class InsightPdf {

    /** One part of the report: a heading and its lines (an empty line separates groups). */
    record Section(String heading, List<String> lines) {
    }

    private InsightPdf() {
    }

    static byte[] write(String title, String language, List<Section> sections) {
        try {
            BaseFont regular = font("fonts/DejaVuSans.ttf");
            BaseFont bold = font("fonts/DejaVuSans-Bold.ttf");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Samtalebordet");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            document.open();
            document.add(new Paragraph(title, new Font(bold, 18)));
            for (Section section : sections) {
                Paragraph heading = new Paragraph(section.heading(), new Font(bold, 13));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                document.add(heading);
                for (String line : section.lines()) {
                    Paragraph p = new Paragraph(line.isEmpty() ? " " : line, new Font(regular, 10));
                    p.setLeading(14);
                    document.add(p);
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the insight PDF", e);
        }
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = InsightPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }
}
