package dk.samtalebordet.plan;

import dk.samtalebordet.shared.DanishDates;
import dk.samtalebordet.shared.Translations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** The words and dates of one PDF, in the language it is written in ({@code pdf.*} in the translations). */
record PdfText(Locale locale) {

    static final PdfText DANISH = new PdfText(Translations.DANISH);

    String get(String key, Object... args) {
        return Translations.get(locale, "pdf." + key, args);
    }

    /** The document's language as PDF and XMP name it: {@code da-DK} or {@code en}. */
    String languageTag() {
        return locale.toLanguageTag();
    }

    String dateTime(Instant instant) {
        return DanishDates.dateTime(instant, locale);
    }

    /** {@code 01.03.2027} in Danish, {@code 1 March 2027} in English. */
    String date(LocalDate date) {
        return Translations.ENGLISH.getLanguage().equals(locale.getLanguage()) ? DanishDates.longDate(date, locale)
                : DanishDates.date(date);
    }
}
