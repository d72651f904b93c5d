package dk.samtalebordet.plan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.XmpArray;
import com.lowagie.text.xml.xmp.XmpWriter;
import org.springframework.stereotype.Component;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an udviklingsplan as an A4 PDF/A-1b document, in Danish unless another language is asked for: DejaVu
 * Sans embedded (regular and bold), document info and XMP metadata, the document's language and its title shown
 * as the window's title, an sRGB output intent, and on every page a footer with "Side X af Y", the document id and
 * the plan's SHA-256 fingerprint. The words come from the translations ({@link PdfText}), the body from
 * {@link PlanPdfContent}, the page furniture from {@link PlanPdfFooter}.
 *
 * <p>Every text from {@link PlanDocumentData} is set as plain text, never interpreted. The font files are read once;
 * each call builds its own font objects and writer, so the component is thread-safe. The document is laid out twice:
 * the first pass only counts the pages, so that the footer can say "Side X af Y" as ordinary page text.
 */
@Component
class PlanPdfWriter {

    static final String CREATOR = "Samtalebordet";

    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 60;
    private static final float MARGIN_BOTTOM = 78;

    private final byte[] regularFontFile;
    private final byte[] boldFontFile;
    private final byte[] srgbProfile;

    PlanPdfWriter() {
        this.regularFontFile = resource("fonts/DejaVuSans.ttf");
        this.boldFontFile = resource("fonts/DejaVuSans-Bold.ttf");
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The plan as a PDF/A-1b document in Danish, the language of the organisation's records. */
    byte[] write(PlanDocumentData data) {
        return write(data, PdfText.DANISH);
    }

    /** The plan as a PDF/A-1b document in the given words and language. */
    byte[] write(PlanDocumentData data, PdfText text) {
        try {
            PdfFonts fonts = new PdfFonts(
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                            regularFontFile, null),
                    BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                            boldFontFile, null));
            int pages = render(data, fonts, text, 0).pages();
            Rendered rendered = render(data, fonts, text, pages);
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

    private Rendered render(PlanDocumentData data, PdfFonts fonts, PdfText text, int totalPages)
            throws IOException, DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        String title = singleLine(data.title());
        String documentId = singleLine(data.documentId());
        PlanPdfFooter footer = new PlanPdfFooter(fonts, text, title, documentId, singleLine(data.fingerprint()),
                totalPages);
        writer.setPageEvent(footer);

        document.addTitle(title);
        document.addAuthor(CREATOR);
        document.addCreator(CREATOR);
        document.addSubject(text.get("subject", documentId));
        document.open();

        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(text.languageTag()));
        // a reader's window names the document by its title, not by its file name
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                srgbProfile);
        writer.setXmpMetadata(xmp(writer, text.languageTag()));

        new PlanPdfContent(document, writer, fonts, text, data).write();

        document.close();
        return new Rendered(out.toByteArray(), footer.pages);
    }

    /** The XMP packet: the document info (title, author, creator, dates, producer), PDF/A-1b and the language. */
    private static byte[] xmp(PdfWriter writer, String languageTag) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmpWriter xmp = new XmpWriter(out, writer.getInfo(), PdfWriter.PDFA1B);
        DublinCoreSchema language = new DublinCoreSchema();
        language.remove(DublinCoreSchema.FORMAT); // already in the first dc description
        XmpArray languages = new XmpArray(XmpArray.UNORDERED);
        languages.add(languageTag);
        language.setProperty(DublinCoreSchema.LANGUAGE, languages);
        xmp.addRdfDescription(language);
        xmp.close();
        return out.toByteArray();
    }

    /**
     * The plan's fingerprint is the SHA-256 of its content, not of the file: named so, nobody comparing it with the
     * file's checksum in the personalemappe takes the two for a mismatch.
     */
    static final String FINGERPRINT_LABEL = PdfText.DANISH.get("fingerprint") + " ";

    /**
     * A one-line text for the metadata and the page furniture: no control characters (XMP, being XML, cannot hold
     * them, and the document info must say the same as the XMP), whitespace runs as one space.
     */
    static String singleLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cc}\\p{Z}\\s]+", " ").strip();
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
