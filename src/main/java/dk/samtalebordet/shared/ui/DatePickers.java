package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import dk.samtalebordet.shared.Translations;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

/**
 * Date pickers in the reader's language (the month and weekday names of the locale, "I dag" and "Annullér" from
 * the translations), weeks from Monday, and dates written as everywhere in Samtalebordet.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // Sunday first, as the picker wants them; the symbols start with an empty name
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.stream(symbols.getShortWeekdays()).skip(1).map(d -> d.replace(".", ""))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(Translations.get(locale, "datepicker.today"));
        i18n.setCancel(Translations.get(locale, "action.cancel"));
        // shown as 01.03.2027, as everywhere in Samtalebordet; typed also as 1.3.2027 or 1.3.27
        i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");
        return i18n;
    }
}
