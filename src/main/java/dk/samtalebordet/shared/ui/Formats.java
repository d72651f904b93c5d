package dk.samtalebordet.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people in Denmark read them. */
public final class Formats {

    /** Conversations are held in Denmark; times are shown in Danish time whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private Formats() {
    }

    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE)
                .format(instant);
    }

    /** A date such as a follow-up date: "1.3.2027" in Danish. */
    public static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE).format(instant);
    }
}
