package fr.conventio.domain.shared;

import java.time.LocalDate;

/** A budget year (exercice budgétaire) of the funder, e.g. 2020: 1 January to 31 December. */
public record BudgetYear(int value) implements Comparable<BudgetYear> {

    public BudgetYear {
        if (value < 2000 || value > 2100) {
            throw new InvalidValueException("exercice", "exercice budgétaire invalide : " + value + " (attendu entre 2000 et 2100)");
        }
    }

    public static BudgetYear of(int year) {
        return new BudgetYear(year);
    }

    public DatePeriod period() {
        return new DatePeriod(LocalDate.of(value, 1, 1), LocalDate.of(value, 12, 31));
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(value, 12, 31);
    }

    @Override
    public int compareTo(BudgetYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
