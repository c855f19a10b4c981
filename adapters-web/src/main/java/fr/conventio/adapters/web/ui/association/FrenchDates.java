package fr.conventio.adapters.web.ui.association;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** French date pickers: dd/MM/yyyy, French month and day names, weeks starting on Monday. */
public final class FrenchDates {

    private FrenchDates() {
    }

    /** The date picker texts, the words from {@code owner}'s message bundle. */
    public static DatePicker.DatePickerI18n datePickerI18n(Component owner) {
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        return new DatePicker.DatePickerI18n()
                .setDateFormat("dd/MM/yyyy")
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.FRENCH)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.FRENCH)).toList())
                .setFirstDayOfWeek(1)
                .setToday(owner.getTranslation("association.date.today"))
                .setCancel(owner.getTranslation("association.date.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("association.date.badInput"));
    }
}
