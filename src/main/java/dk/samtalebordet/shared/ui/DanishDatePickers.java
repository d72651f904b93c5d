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
        i18n.setDateFormat("d.M.yyyy");
        return i18n;
    }
}
