package dk.samtalebordet.shared.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a person reads comes from the translations, in Danish and English: no string literal in a view, a
 * mail, a reminder or a PDF reads as text, and every key named in full in the code exists in both languages.
 * What the code may spell out: translation keys, CSS classes and lengths, identifiers, JavaScript, SQL, MIME
 * types, URLs, and what is written for developers (log lines and exceptions), never for users.
 */
class NoTextOutsideTheTranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/samtalebordet");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_CALL = Pattern.compile(
            "(getTranslation|Translations\\.get|Translations\\.danish|text\\.get|announce|say)\\((?:[^\"()]*, *)?\"([a-z][\\w.-]*)\"[,)]");

    /** Literals that read like words but are not for people to read. */
    private static final Set<String> NOT_TEXT = Set.of("noopener noreferrer", "width=device-width, initial-scale=1",
            "sRGB IEC61966-2.1", "Samtalebordet", "UTF-8", "CANCEL", "REQUEST", "#main-content", "mailto:", "tel:",
            "UP-", ".pdf", ".csv", "@samtalebordet", "text/calendar; method=", "; charset=UTF-8");

    @Test
    void noViewMailReminderOrPdfSpellsOutText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : userFacingSources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (developersOnly(line)) {
                    continue;
                }
                Matcher m = LITERAL.matcher(line);
                while (m.find()) {
                    if (readsAsText(m.group(1))) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(found).as("text in the code instead of the translations").isEmpty();
    }

    @Test
    void everyKeyNamedInTheCodeExistsInBothLanguages() throws IOException {
        Properties danish = load("vaadin-i18n/translations.properties");
        Properties english = load("vaadin-i18n/translations_en.properties");
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path file : allSources()) {
            String source = Files.readString(file);
            Matcher m = KEY_CALL.matcher(source);
            while (m.find()) {
                String key = (m.group(1).equals("text.get") ? "pdf." : "") + m.group(2);
                named++;
                if (!danish.containsKey(key) || !english.containsKey(key)) {
                    missing.add(SOURCES.relativize(file) + ": " + key);
                }
            }
        }
        assertThat(named).as("keys found in the code").isGreaterThan(300);
        assertThat(missing).as("keys missing in Danish or English").isEmpty();
    }

    @Test
    void theCheckFindsTextWhereItIs() {
        assertThat(readsAsText("Kære ")).isTrue();
        assertThat(readsAsText("Godkend planen")).isTrue();
        assertThat(readsAsText("søndag")).isTrue();
        assertThat(readsAsText("Side ")).isTrue();
        assertThat(readsAsText("plan.download")).isFalse();
        assertThat(readsAsText("login-notice login-refused")).isFalse();
        assertThat(readsAsText("--piece-colour")).isFalse();
        assertThat(readsAsText("select person_id from reminder where id = ?")).isFalse();
        assertThat(readsAsText("  for (const type of ['input', 'change']) {")).isFalse();
        assertThat(readsAsText("event.target.closest('button[data-action]')")).isFalse();
        assertThat(developersOnly("log.warn(\"Could not e-mail a reminder to {}\", to);")).isTrue();
    }

    /** The sources whose literals a person could read: views and their widgets, mails, reminders, the PDF. */
    private static List<Path> userFacingSources() throws IOException {
        return allSources().stream().filter(p -> {
            String s = p.toString().replace('\\', '/');
            return s.contains("/ui/") || s.contains("/notification/") || s.matches(".*/plan/(Pdf|PlanPdf|PlanDocuments).*");
        }).toList();
    }

    private static List<Path> allSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Comments, log lines, exceptions and annotations are written for developers and IT. */
    static boolean developersOnly(String line) {
        return line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("@")
                || line.contains("log.") || line.contains("Exception(") || line.contains("new AssertionError(");
    }

    static boolean readsAsText(String literal) {
        if (NOT_TEXT.contains(literal) || !literal.matches(".*\\p{L}{2}.*")) {
            return false;
        }
        boolean key = literal.matches("[a-z0-9_-]*(\\.[A-Za-z0-9_-]*)+");
        boolean identifier = literal.matches("[-_$]*[A-Za-z][\\w$-]*");
        boolean cssClasses = literal.matches("[a-z0-9-]+( [a-z0-9-]+)+") && literal.contains("-");
        boolean cssLength = literal.matches("[\\d.]+(rem|em|px|vw|vh|%)|min\\(.*\\)");
        boolean units = literal.matches("[kMGTPEZY]?B");
        boolean code = literal.matches(".*(=>|window\\.|\\bevent\\.|\\$0|this\\.|document\\.|\\{}|\\\\p\\{|\\bconst |\\blet ).*")
                || literal.contains("?") || literal.matches("(?i)\\s*(select|insert|update|delete|from|where|join|"
                + "left join|and|or|link|agreement)\\b.*") || literal.matches("#\\[.*|\\[.*]\\+?");
        boolean address = literal.matches("[\\w.+-]*(/|://|:)[\\w./:{}-]*") || literal.startsWith("http")
                || literal.startsWith("${") || literal.matches("[\\w-]+\\.(ttf|svg|png|css|js|ics|pdf)");
        return !(key || identifier || cssClasses || cssLength || units || code || address);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoTextOutsideTheTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
