package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** Date pickers in French: day/month/year, French month and day names, the week starting on Monday. */
final class FrenchDates {

    private FrenchDates() {
    }

    static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n());
        picker.setPlaceholder("JJ/MM/AAAA");
        return picker;
    }

    static DatePicker.DatePickerI18n i18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"));
        i18n.setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
        i18n.setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Aujourd'hui");
        i18n.setCancel("Annuler");
        i18n.setDateFormat("dd/MM/yyyy");
        return i18n;
    }
}
