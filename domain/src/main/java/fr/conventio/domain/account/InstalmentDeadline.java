package fr.conventio.domain.account;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.LocalDate;

/**
 * An instalment of the schedule (V5) the funder has to pay by a known date, not paid yet: a deadline of the
 * funder's (N1) for the deadlines list and the dashboard, as {@link AgreementAccount#instalmentsToPayBy()} computes it.
 *
 * @param number the instalment's number in the schedule (1 for the first)
 * @param dueBy  its date (a dated instalment), or the last day of the 60 days of N1 counted from the day its
 *               condition was met (the signature, the document accepted or waived)
 * @param amount the instalment's amount
 */
public record InstalmentDeadline(int number, LocalDate dueBy, Amount amount) {

    /** How the label starts, before the instalment's number. */
    public static final String LABEL_START = "Versement échelonné n° ";

    public InstalmentDeadline {
        if (number < 1) {
            throw new InvalidValueException("numéro du versement", "le numéro d'un versement échelonné commence à 1");
        }
        Checks.require("échéance du versement", dueBy);
        Checks.require("montant du versement", amount);
    }

    /** What staff read in the deadlines: « Versement échelonné n° 2 : 32 000,00 € ». */
    public String label() {
        return label(number, amount);
    }

    /** {@link #label()} for instalment {@code number} of {@code amount}, for the read side that stores the two. */
    public static String label(int number, Amount amount) {
        return LABEL_START + number + " : " + amount;
    }
}
