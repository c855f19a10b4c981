package fr.conventio.domain.agreement;

import static fr.conventio.domain.shared.FrenchFormat.amount;
import static fr.conventio.domain.shared.FrenchFormat.date;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;

import java.time.LocalDate;
import java.util.List;

/**
 * A schedule of instalments (versements échelonnés, V5) set by the agreement instead of advance + balance:
 * 2 to 12 instalments, each with a positive amount and a condition; the dated ones in date order; the last
 * one, and only it, is the balance of V2. That they add up to the subsidy to the cent is checked against
 * the subsidy ({@link #requireAddsUpTo}), by the agreement whenever its terms or its subsidy are set.
 */
public record InstalmentSchedule(List<Instalment> instalments) {

    public static final int MIN = 2;
    public static final int MAX = 12;
    public static final String FIELD = "versements échelonnés";

    public InstalmentSchedule {
        if (instalments == null || instalments.size() < MIN || instalments.size() > MAX) {
            throw new InvalidValueException(FIELD, "un échéancier compte de " + MIN + " à " + MAX + " versements"
                    + (instalments == null ? "" : " ; il en compte " + instalments.size()));
        }
        if (instalments.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException(FIELD, "un versement de l'échéancier est vide");
        }
        instalments = List.copyOf(instalments);
        if (!instalments.getLast().isBalance()) {
            throw new InvalidValueException(FIELD, "le dernier versement de l'échéancier est le solde : il attend les documents du solde et la liquidation");
        }
        for (int i = 0; i < instalments.size() - 1; i++) {
            if (instalments.get(i).isBalance()) {
                throw new InvalidValueException(FIELD, "seul le dernier versement de l'échéancier est le solde (versement n° " + (i + 1) + ")");
            }
        }
        LocalDate previous = null;
        for (int i = 0; i < instalments.size(); i++) {
            LocalDate due = instalments.get(i).dueDate();
            if (due != null) {
                if (previous != null && !due.isAfter(previous)) {
                    throw new InvalidValueException(Instalment.DUE_DATE, "les dates des versements se suivent : le versement n° " + (i + 1)
                            + " (" + date(due) + ") ne vient pas après le précédent (" + date(previous) + ")");
                }
                previous = due;
            }
        }
    }

    public static InstalmentSchedule of(Instalment... instalments) {
        return new InstalmentSchedule(List.of(instalments));
    }

    public int size() {
        return instalments.size();
    }

    /** The instalment of {@code number}, from 1. */
    public Instalment number(int number) {
        if (number < 1 || number > instalments.size()) {
            throw new InvalidValueException("versement échelonné", "l'échéancier n'a pas de versement n° " + number);
        }
        return instalments.get(number - 1);
    }

    /** The number of the last instalment, the balance. */
    public int balanceNumber() {
        return instalments.size();
    }

    public Amount total() {
        return Amount.sum(instalments.stream().map(Instalment::amount).toList());
    }

    /** The last instalment's amount: the balance part of the voted subsidy. */
    public Amount balancePart() {
        return instalments.getLast().amount();
    }

    /**
     * V5: the instalments add up to the subsidy to the cent.
     *
     * @throws RuleViolationException naming the gap
     */
    public void requireAddsUpTo(Amount subsidy) {
        Amount total = total();
        if (!total.equals(subsidy)) {
            String gap = total.isLessThan(subsidy) ? "il manque " + amount(subsidy.minus(total)) : "il y a " + amount(total.minus(subsidy)) + " de trop";
            throw new RuleViolationException("V5", FIELD, "les versements échelonnés totalisent " + amount(total) + " pour une subvention de "
                    + amount(subsidy) + " : " + gap);
        }
    }
}
