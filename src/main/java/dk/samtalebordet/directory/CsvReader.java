package dk.samtalebordet.directory;

import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.shared.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the HR or payroll system's file as Excel writes it ("CSV UTF-8"): {@code ;}-separated, UTF-8 with or
 * without a byte order mark, quoted fields where needed, and a header row with the Danish column names
 * (Brugernavn; Navn; Stilling; E-mail; Medarbejdernummer; Enhed; Personaleleder; Aktiv). The personaleleder is
 * named by username. A row that cannot be read is refused with its row number and changes nothing.
 */
final class CsvReader {

    /** The columns, by the names (and common synonyms) a header may use. */
    enum Column {
        USERNAME(true, "brugernavn", "bruger", "initialer", "username"),
        NAME(true, "navn", "fulde navn", "name"),
        TITLE(false, "stilling", "titel", "jobtitel", "title"),
        EMAIL(false, "e-mail", "email", "mail", "e-mailadresse"),
        EMPLOYEE_NUMBER(false, "medarbejdernummer", "medarbejdernr", "medarbejdernr.", "lønnummer", "employee number"),
        UNIT(true, "enhed", "afdeling", "organisationsenhed", "department"),
        MANAGER(false, "personaleleder", "leder", "nærmeste leder", "manager"),
        ACTIVE(false, "aktiv", "active");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private static final int MAX_BYTES = 20 * 1024 * 1024;

    List<DirectoryEntry> read(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw refused("csv.too-large", MAX_BYTES / 1024 / 1024);
        }
        String text = decode(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Column, String> columns = columns(parser.getHeaderNames());
            List<DirectoryEntry> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                entries.add(entry(record, columns, parser.getHeaderNames().size()));
            }
            if (entries.isEmpty()) {
                throw refused("csv.no-rows");
            }
            return entries;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw refused("csv.unreadable", e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw refused("csv.unreadable", e.getMessage());
        }
    }

    private static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
                && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, start, file.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw refused("csv.not-utf8");
        }
    }

    private static Map<Column, String> columns(List<String> headers) {
        Map<Column, String> found = new HashMap<>();
        for (String header : headers) {
            String name = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.names.contains(name) && found.putIfAbsent(column, header) != null) {
                    throw refused("csv.duplicate-column", header);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !found.containsKey(column)) {
                missing.add(Translations.danish("csv.column." + column));
            }
        }
        if (!missing.isEmpty()) {
            throw refused("csv.missing-columns", String.join(", ", missing));
        }
        return found;
    }

    private static DirectoryEntry entry(CSVRecord record, Map<Column, String> columns, int width) {
        String username = value(record, columns, Column.USERNAME);
        String problem = null;
        if (record.size() != width) {
            problem = Translations.danish("csv.row-width", record.getRecordNumber() + 1, record.size(), width);
        }
        String active = value(record, columns, Column.ACTIVE);
        boolean isActive = true;
        if (active != null && !active.isBlank()) {
            switch (active.strip().toLowerCase(Locale.ROOT)) {
                case "ja", "j", "yes", "true", "1", "aktiv" -> isActive = true;
                case "nej", "n", "no", "false", "0", "inaktiv", "fratrådt" -> isActive = false;
                default -> problem = problem != null ? problem
                        : Translations.danish("csv.bad-active", record.getRecordNumber() + 1, active);
            }
        }
        return new DirectoryEntry(username, username, value(record, columns, Column.NAME),
                value(record, columns, Column.TITLE), value(record, columns, Column.EMAIL),
                value(record, columns, Column.EMPLOYEE_NUMBER), value(record, columns, Column.UNIT),
                value(record, columns, Column.MANAGER), isActive, null, problem);
    }

    private static String value(CSVRecord record, Map<Column, String> columns, Column column) {
        String header = columns.get(column);
        return header == null || !record.isSet(header) ? null : record.get(header);
    }

    private static OrganisationException refused(String key, Object... params) {
        return new OrganisationException(Translations.danish(key, params));
    }
}
