package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;
import java.util.Locale;

/** Date pickers in French: dd/MM/yyyy, French month and day names, weeks starting on Monday, a bad date explained. */
public final class FrenchDatePickers {

    private FrenchDatePickers() {
    }

    /** A French date picker with its visible label and the "jj/mm/aaaa" placeholder. */
    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.FRANCE);
        picker.setI18n(i18n());
        picker.setPlaceholder("jj/mm/aaaa");
        return picker;
    }

    /** The date picker's French texts and format. */
    public static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                        "octobre", "novembre", "décembre"))
                .setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"))
                .setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."))
                .setFirstDayOfWeek(1)
                .setToday("Aujourd'hui")
                .setCancel("Annuler")
                .setDateFormat("dd/MM/yyyy")
                .setBadInputErrorMessage("Date invalide : saisissez-la au format jj/mm/aaaa (par exemple 31/12/2020).");
    }
}
