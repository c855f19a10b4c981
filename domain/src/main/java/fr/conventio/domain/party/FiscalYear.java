package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * The association's fiscal year (exercice comptable, P2 and Art. 6): twelve consecutive months
 * starting on {@code firstDay}, preferably 1 January (then it ends on 31 December). 29 February
 * cannot start a fiscal year (it does not exist every year).
 */
public record FiscalYear(MonthDay firstDay) {

    public static final FiscalYear CALENDAR = new FiscalYear(MonthDay.of(Month.JANUARY, 1));

    public FiscalYear {
        Checks.require("exercice comptable (premier jour)", firstDay);
        if (firstDay.equals(MonthDay.of(Month.FEBRUARY, 29))) {
            throw new InvalidValueException("exercice comptable",
                    "un exercice ne peut pas commencer un 29 février (jour absent des années non bissextiles)");
        }
    }

    /** The fiscal year starting on the given day of the given month, e.g. {@code starting(Month.JULY, 1)}. */
    public static FiscalYear starting(Month month, int day) {
        try {
            return new FiscalYear(MonthDay.of(month, day));
        } catch (java.time.DateTimeException e) {
            throw new InvalidValueException("exercice comptable", "premier jour invalide : " + day + " " + month);
        }
    }

    /** Whether the fiscal year runs from 1 January to 31 December. */
    public boolean isCalendarYear() {
        return equals(CALENDAR);
    }

    /** The twelve-month period of the fiscal year starting in the given calendar year. */
    public DatePeriod periodStartingIn(int year) {
        LocalDate start = firstDay.atYear(year);
        return new DatePeriod(start, start.plusYears(1).minusDays(1));
    }

    /** The fiscal year (twelve months) that contains {@code date}. */
    public DatePeriod periodContaining(LocalDate date) {
        DatePeriod sameYear = periodStartingIn(date.getYear());
        return sameYear.contains(date) ? sameYear : periodStartingIn(date.getYear() - 1);
    }

    /**
     * Closing date of the fiscal year that ends within the given budget year: 31 December 2020 for
     * a calendar fiscal year and budget year 2020; 30 June 2020 for a fiscal year starting 1 July.
     */
    public LocalDate closingDateOfYearEndingIn(BudgetYear budgetYear) {
        LocalDate endOfYearContainingLastDay = periodContaining(budgetYear.lastDay()).end();
        return endOfYearContainingLastDay.getYear() == budgetYear.value()
                ? endOfYearContainingLastDay
                : periodContaining(budgetYear.firstDay()).end();
    }

    /**
     * Closing date of the fiscal year that contains the last day of the given budget year (the
     * fiscal year in which the subsidised budget year ends): 31 December 2020 for a calendar fiscal
     * year and budget year 2020; 30 June 2021 for a fiscal year starting 1 July.
     */
    public LocalDate closingDateOfYearContainingEndOf(BudgetYear budgetYear) {
        return periodContaining(budgetYear.lastDay()).end();
    }
}
