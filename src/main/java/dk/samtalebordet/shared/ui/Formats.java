package dk.samtalebordet.shared.ui;

import dk.samtalebordet.shared.DanishDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Dates and times on screen, exactly as in the PDF, mails and CSV ({@link DanishDates}). */
public final class Formats {

    /** Conversations are held in Denmark; times are shown in Danish time whatever the server's zone. */
    public static final ZoneId ZONE = DanishDates.ZONE;

    private Formats() {
    }

    /** "1. marts 2027". */
    public static String date(Instant instant, Locale locale) {
        return DanishDates.longDate(instant, locale);
    }

    /** "2. december 2026". */
    public static String date(LocalDate date, Locale locale) {
        return DanishDates.longDate(date, locale);
    }

    /** A date such as a follow-up date: "01.03.2027". */
    public static String shortDate(LocalDate date, Locale locale) {
        return DanishDates.date(date);
    }

    /** "1. marts 2027 kl. 10.00". */
    public static String dateTime(Instant instant, Locale locale) {
        return DanishDates.dateTime(instant, locale);
    }
}
