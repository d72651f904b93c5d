package dk.samtalebordet.plan;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;

/** One document's fonts, DejaVu Sans regular and bold (created per document: font objects are not shared). */
final class PdfFonts {

    private final BaseFont regular;
    private final BaseFont bold;

    PdfFonts(BaseFont regular, BaseFont bold) {
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
