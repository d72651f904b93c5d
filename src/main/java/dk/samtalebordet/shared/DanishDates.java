package dk.samtalebordet.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as Danish public bodies write them, the same on screen, in the PDF, in mails, reminders and
 * CSV: a date is {@code 01.03.2027}, a time {@code 1. marts 2027 kl. 10.00}. Conversations are held in Denmark,
 * so times are Danish time whatever the server's zone.
 */
public final class DanishDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DANISH_DATE_TIME = DateTimeFormatter.ofPattern(
            "d. MMMM yyyy 'kl.' HH.mm", DANISH);
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern(
            "d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DANISH_LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter ENGLISH_LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.ENGLISH);

    private DanishDates() {
    }

    /** {@code 01.03.2027}. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The Danish date of an instant, {@code 01.03.2027}. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    /** {@code 1. marts 2027 kl. 10.00} in Danish, {@code 1 March 2027 at 10:00} in English. */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : (english(locale) ? ENGLISH_DATE_TIME : DANISH_DATE_TIME)
                .format(instant.atZone(ZONE));
    }

    /** {@code 1. marts 2027} in Danish, {@code 1 March 2027} in English. */
    public static String longDate(Instant instant, Locale locale) {
        return instant == null ? "" : (english(locale) ? ENGLISH_LONG_DATE : DANISH_LONG_DATE)
                .format(instant.atZone(ZONE));
    }

    /** {@code 1. marts 2027} in Danish, {@code 1 March 2027} in English. */
    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : (english(locale) ? ENGLISH_LONG_DATE : DANISH_LONG_DATE).format(date);
    }

    private static boolean english(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
