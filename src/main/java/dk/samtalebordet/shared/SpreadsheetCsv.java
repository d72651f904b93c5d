package dk.samtalebordet.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Danish Excel opens it: UTF-8 with a byte order mark, semicolons, CRLF; a cell quoted when needed, and
 * text a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) defused with a '.
 */
public final class SpreadsheetCsv {

    private final StringBuilder csv = new StringBuilder("\uFEFF");

    public SpreadsheetCsv(List<String> header) {
        row(header);
    }

    public SpreadsheetCsv row(List<String> cells) {
        csv.append(String.join(";", cells.stream().map(SpreadsheetCsv::cell).toList())).append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
