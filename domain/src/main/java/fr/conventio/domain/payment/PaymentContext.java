package fr.conventio.domain.payment;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@link PaymentPolicy} needs to know about an agreement to decide on a new payment, as
 * plain values (the agreement aggregate is not referenced).
 *
 * @param agreementId              the agreement the payments are charged to
 * @param agreementStatus          its current status
 * @param signatureDate            date of signature, {@code null} while unsigned
 * @param votedSubsidy             the subsidy voted (B2)
 * @param adjustedSubsidy          the final subsidy after settlement (A1) or after a funding decision
 *                                 (A3); the voted subsidy until then. Never above the voted subsidy.
 * @param advanceRate              the advance rate of the agreement (80 % by default, V1)
 * @param budgetLineShares         the voted subsidy split per budget line (B3); adds up to the voted subsidy
 * @param existingPayments         the payments already recorded on this agreement, cancelled ones included
 * @param balanceDocumentsAccepted whether the three balance documents (O10) are accepted or waived
 * @param paymentsSuspended        whether a funding decision suspends the payments (A3)
 */
public record PaymentContext(AgreementId agreementId, AgreementStatus agreementStatus, LocalDate signatureDate,
                             Amount votedSubsidy, Amount adjustedSubsidy, Rate advanceRate,
                             Map<BudgetLineId, Amount> budgetLineShares, List<Payment> existingPayments,
                             boolean balanceDocumentsAccepted, boolean paymentsSuspended) {

    /** The default advance rate of Art. 4.3. */
    public static final Rate DEFAULT_ADVANCE_RATE = Rate.ofPercent(80);

    public PaymentContext {
        require(agreementId, "convention");
        require(agreementStatus, "statut de la convention");
        require(votedSubsidy, "subvention votée");
        require(adjustedSubsidy, "subvention ajustée");
        require(advanceRate, "taux d'acompte");
        require(budgetLineShares, "répartition par ligne budgétaire");
        require(existingPayments, "versements déjà enregistrés");
        if (adjustedSubsidy.isGreaterThan(votedSubsidy)) {
            throw new InvalidValueException("subvention ajustée", "la subvention ajustée ("
                    + FrenchFormat.amount(adjustedSubsidy) + ") dépasse la subvention votée ("
                    + FrenchFormat.amount(votedSubsidy) + ") : elle n'est jamais réévaluée (A1)");
        }
        Amount split = Amount.sum(budgetLineShares.values());
        if (!split.equals(votedSubsidy)) {
            throw new InvalidValueException("répartition par ligne budgétaire", "les lignes budgétaires totalisent "
                    + FrenchFormat.amount(split) + " au lieu de la subvention votée " + FrenchFormat.amount(votedSubsidy));
        }
        for (Payment payment : existingPayments) {
            if (!payment.agreementId().equals(agreementId)) {
                throw new InvalidValueException("versements déjà enregistrés",
                        "le versement " + payment.id() + " appartient à une autre convention");
            }
        }
        budgetLineShares = Map.copyOf(budgetLineShares);
        existingPayments = List.copyOf(existingPayments);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "valeur absente");
        }
    }

    /** Payments that still count (not cancelled). */
    public List<Payment> recordedPayments() {
        return existingPayments.stream().filter(Payment::isRecorded).toList();
    }

    /** Sum of the payments that still count. */
    public Amount totalPaid() {
        return Amount.sum(recordedPayments().stream().map(Payment::amount).toList());
    }

    /** Sum of the advances that still count. */
    public Amount totalAdvances() {
        return Amount.sum(recordedPayments().stream().filter(p -> p.kind() == PaymentKind.ADVANCE).map(Payment::amount).toList());
    }

    /** Sum of the payments that still count on one budget line. */
    public Amount totalPaidOn(BudgetLineId line) {
        return Amount.sum(recordedPayments().stream().map(p -> p.amountOn(line)).toList());
    }

    /** What is left to pay on {@code line} within its voted share (V4); zero for a line outside the agreement. */
    public Amount remainingShareOn(BudgetLineId line) {
        Amount share = budgetLineShares.get(line);
        return share == null ? Amount.ZERO : share.minusOrZero(totalPaidOn(line));
    }

    /** The balance still due (V2): adjusted subsidy minus what was paid, never below zero. */
    public Amount balanceDue() {
        return adjustedSubsidy.minusOrZero(totalPaid());
    }

    /** V1 cap: voted subsidy × advance rate (64 000,00 € for 80 000,00 € at 80 %). */
    public Amount advanceCap() {
        return votedSubsidy.percent(advanceRate);
    }

    /** The same context once {@code payment} is recorded (for sequences of payments). */
    public PaymentContext with(Payment payment) {
        List<Payment> payments = new java.util.ArrayList<>(existingPayments);
        payments.add(payment);
        return new PaymentContext(agreementId, agreementStatus, signatureDate, votedSubsidy, adjustedSubsidy, advanceRate,
                budgetLineShares, payments, balanceDocumentsAccepted, paymentsSuspended);
    }
}
