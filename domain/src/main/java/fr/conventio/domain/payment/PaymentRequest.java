package fr.conventio.domain.payment;

import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A payment the funder's staff want to record: what for, how much on which budget lines (V4), on
 * which value date, under which payment order (mandat) reference if already known.
 *
 * @param charges the amount charged to each budget line, one entry per line, at least one
 * @param instalmentNumber the instalment of the schedule paid (V5, from 1), only with {@link PaymentKind#INSTALMENT}
 */
public record PaymentRequest(PaymentKind kind, List<LineCharge> charges, LocalDate valueDate,
                             PaymentOrderReference orderReference, Integer instalmentNumber) {

    /** The name of the value date in the refusals (a form shows them on its field). */
    public static final String VALUE_DATE = "date de valeur";
    /** The name of the amount in the refusals (a form shows them on its field). */
    public static final String AMOUNT = "montant";

    public PaymentRequest {
        if (kind == null) {
            throw new InvalidValueException("nature du versement", "la nature du versement (acompte ou solde) est absente");
        }
        if (charges == null || charges.isEmpty()) {
            throw new InvalidValueException("imputation", "un versement est imputé sur au moins une ligne budgétaire");
        }
        Set<BudgetLineId> lines = new HashSet<>();
        for (LineCharge charge : charges) {
            if (!lines.add(charge.budgetLineId())) {
                throw new InvalidValueException("imputation", "une même ligne budgétaire est imputée deux fois");
            }
        }
        if (valueDate == null) {
            throw new InvalidValueException("date de valeur", "la date de valeur du versement est absente");
        }
        if ((kind == PaymentKind.INSTALMENT) != (instalmentNumber != null)) {
            throw new InvalidValueException("versement échelonné", kind == PaymentKind.INSTALMENT
                    ? "le versement échelonné payé n'est pas indiqué" : "seul un versement échelonné indique un numéro de versement");
        }
        if (instalmentNumber != null && instalmentNumber < 1) {
            throw new InvalidValueException("versement échelonné", "le numéro du versement échelonné commence à 1");
        }
        charges = List.copyOf(charges);
    }

    /** An advance or a balance (no instalment number). */
    public PaymentRequest(PaymentKind kind, List<LineCharge> charges, LocalDate valueDate, PaymentOrderReference orderReference) {
        this(kind, charges, valueDate, orderReference, null);
    }

    /** Instalment n° {@code number} of the schedule (V5), split across lines. */
    public static PaymentRequest instalment(int number, List<LineCharge> charges, LocalDate valueDate, String orderReference) {
        return new PaymentRequest(PaymentKind.INSTALMENT, charges, valueDate, referenceOrNull(orderReference), number);
    }

    /** Instalment n° {@code number} of the schedule (V5), charged to one line. */
    public static PaymentRequest instalment(int number, Amount amount, BudgetLineId line, LocalDate valueDate, String orderReference) {
        return instalment(number, List.of(new LineCharge(line, amount)), valueDate, orderReference);
    }

    /** An advance charged to one line. */
    public static PaymentRequest advance(Amount amount, BudgetLineId line, LocalDate valueDate, String orderReference) {
        return new PaymentRequest(PaymentKind.ADVANCE, List.of(new LineCharge(line, amount)), valueDate, referenceOrNull(orderReference));
    }

    /** A balance charged to one line. */
    public static PaymentRequest balance(Amount amount, BudgetLineId line, LocalDate valueDate, String orderReference) {
        return new PaymentRequest(PaymentKind.BALANCE, List.of(new LineCharge(line, amount)), valueDate, referenceOrNull(orderReference));
    }

    /** A balance split across lines (in the given order). */
    public static PaymentRequest balance(Map<BudgetLineId, Amount> split, LocalDate valueDate, String orderReference) {
        List<LineCharge> charges = split.entrySet().stream().map(e -> new LineCharge(e.getKey(), e.getValue())).toList();
        return new PaymentRequest(PaymentKind.BALANCE, charges, valueDate, referenceOrNull(orderReference));
    }

    private static PaymentOrderReference referenceOrNull(String reference) {
        return reference == null ? null : new PaymentOrderReference(reference);
    }

    /** The total amount (sum of the charges). */
    public Amount amount() {
        return Amount.sum(charges.stream().map(LineCharge::amount).toList());
    }

    public Optional<Integer> instalment() {
        return Optional.ofNullable(instalmentNumber);
    }

    public Optional<PaymentOrderReference> reference() {
        return Optional.ofNullable(orderReference);
    }
}
