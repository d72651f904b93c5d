package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** Danish month and weekday names for date pickers, which otherwise speak English. */
public final class DanishDatePickers {

    private DanishDatePickers() {
    }

    public static DatePicker.DatePickerI18n danish() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                "september", "oktober", "november", "december"));
        i18n.setWeekdays(List.of("søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"));
        i18n.setWeekdaysShort(List.of("søn", "man", "tir", "ons", "tor", "fre", "lør"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("I dag");
        i18n.setCancel("Annullér");
        // shown as 01.03.2027, as everywhere in Samtalebordet; typed also as 1.3.2027 or 1.3.27
        i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");
        return i18n;
    }
}
