package dk.samtalebordet.shared.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Danish first, English second: both languages have every text, and Danish is the default. */
class TranslationsTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        Properties danish = load("vaadin-i18n/translations.properties");
        Properties english = load("vaadin-i18n/translations_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish.stringPropertyNames());
        assertThat(danish.stringPropertyNames()).hasSizeGreaterThan(150);
    }

    @Test
    void danishIsTheDefaultAndArgumentsAreFormattedTheDanishWay() {
        assertThat(translations.getTranslation("nav.my-conversations", Locale.GERMAN)).isEqualTo("Mine samtaler");
        assertThat(translations.getTranslation("nav.my-conversations", Locale.ENGLISH)).isEqualTo("My conversations");
        assertThat(translations.getTranslation("conversation.error.too-long", TranslationProvider.DANISH,
                "Noten", 4000, 4321)).startsWith("Noten må højst være 4.000 tegn (du har skrevet 4.321)");
        assertThat(translations.getTranslation("no.such.key", TranslationProvider.DANISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
