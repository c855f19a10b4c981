package fr.conventio.domain.payment;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment of (part of) a subsidy to the association: an aggregate of its own that refers to its
 * agreement by id, charged to one or more of the agreement's budget lines ({@link LineCharge}, V4). A new
 * payment is recorded through the agreement's account ({@code AgreementAccount.pay}), which applies the
 * rules V1–V4 and A3 first; once recorded, the only change is the cancellation of its payment order.
 */
public final class Payment {

    private final PaymentId id;
    private final AgreementId agreementId;
    private final PaymentKind kind;
    private final List<LineCharge> charges;
    private final LocalDate valueDate;
    private final PaymentOrderReference orderReference;
    private final Integer instalmentNumber;
    private PaymentStatus status;
    private LocalDate cancelledOn;
    private String cancelledBy;
    private String cancellationReason;

    private Payment(PaymentId id, AgreementId agreementId, PaymentKind kind, List<LineCharge> charges,
                    LocalDate valueDate, PaymentOrderReference orderReference, Integer instalmentNumber, PaymentStatus status,
                    LocalDate cancelledOn, String cancelledBy, String cancellationReason) {
        this.id = Objects.requireNonNull(id, "versement : identifiant absent");
        this.agreementId = Objects.requireNonNull(agreementId, "versement : convention absente");
        this.kind = Objects.requireNonNull(kind, "versement : nature absente");
        if (charges == null || charges.isEmpty()) {
            throw new InvalidValueException("imputation", "un versement est imputé sur au moins une ligne budgétaire");
        }
        this.charges = List.copyOf(charges);
        this.valueDate = Objects.requireNonNull(valueDate, "versement : date de valeur absente");
        this.orderReference = orderReference;
        if ((kind == PaymentKind.INSTALMENT) != (instalmentNumber != null)) {
            throw new InvalidValueException("versement échelonné", "seul un versement échelonné, et chacun, indique le numéro du versement payé");
        }
        this.instalmentNumber = instalmentNumber;
        this.status = Objects.requireNonNull(status, "versement : statut absent");
        this.cancelledOn = cancelledOn;
        this.cancelledBy = cancelledBy;
        this.cancellationReason = cancellationReason;
    }

    /**
     * A new RECORDED payment of {@code request}. Called by {@code AgreementAccount.pay} once the payment
     * rules accept it (an architecture test keeps every other caller out).
     */
    public static Payment record(PaymentId id, AgreementId agreementId, PaymentRequest request) {
        Objects.requireNonNull(request, "versement : demande absente");
        return new Payment(id, agreementId, request.kind(), request.charges(), request.valueDate(), request.orderReference(),
                request.instalmentNumber(), PaymentStatus.RECORDED, null, null, null);
    }

    /**
     * Rebuilds a payment from storage, without applying the rules again (they held when it was
     * recorded). Cancellation fields are all {@code null} unless the status is CANCELLED.
     */
    public static Payment rehydrate(PaymentId id, AgreementId agreementId, PaymentKind kind, List<LineCharge> charges,
                                    LocalDate valueDate, PaymentOrderReference orderReference,
                                    PaymentStatus status, LocalDate cancelledOn, String cancelledBy, String cancellationReason) {
        return rehydrate(id, agreementId, kind, charges, valueDate, orderReference, null, status, cancelledOn, cancelledBy, cancellationReason);
    }

    /** Rebuilds a payment from storage, with the instalment it paid (V5, only for {@link PaymentKind#INSTALMENT}). */
    public static Payment rehydrate(PaymentId id, AgreementId agreementId, PaymentKind kind, List<LineCharge> charges,
                                    LocalDate valueDate, PaymentOrderReference orderReference, Integer instalmentNumber,
                                    PaymentStatus status, LocalDate cancelledOn, String cancelledBy, String cancellationReason) {
        return new Payment(id, agreementId, kind, charges, valueDate, orderReference, instalmentNumber, status,
                cancelledOn, cancelledBy, cancellationReason);
    }

    /**
     * Cancels the payment order (annulation de mandat): the payment stops counting in the caps,
     * its reference stays used. Reason, author and date are required.
     */
    public void cancel(String reason, String by, LocalDate on) {
        if (status != PaymentStatus.RECORDED) {
            throw new IllegalTransitionException("le versement est déjà " + status.label() + " : il ne peut pas être annulé");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("motif d'annulation", "l'annulation d'un versement exige un motif");
        }
        if (by == null || by.isBlank()) {
            throw new InvalidValueException("auteur de l'annulation", "l'annulation d'un versement exige son auteur");
        }
        if (on == null) {
            throw new InvalidValueException("date d'annulation", "l'annulation d'un versement exige sa date");
        }
        TextLimits.check("motif d'annulation", reason.strip(), TextLimits.REASON);
        if (on.isBefore(valueDate)) {
            throw new InvalidValueException("date d'annulation", "l'annulation (" + FrenchFormat.date(on)
                    + ") ne peut précéder la date de valeur du versement (" + FrenchFormat.date(valueDate) + ")");
        }
        this.status = PaymentStatus.CANCELLED;
        this.cancellationReason = reason.strip();
        this.cancelledBy = by.strip();
        this.cancelledOn = on;
    }

    public boolean isRecorded() {
        return status == PaymentStatus.RECORDED;
    }

    public PaymentId id() {
        return id;
    }

    public AgreementId agreementId() {
        return agreementId;
    }

    public PaymentKind kind() {
        return kind;
    }

    /** The total paid (sum of the line charges). */
    public Amount amount() {
        return Amount.sum(charges.stream().map(LineCharge::amount).toList());
    }

    /** The amount charged to each budget line (V4). */
    public List<LineCharge> charges() {
        return charges;
    }

    /** The amount charged to {@code line} (zero when the payment does not draw on it). */
    public Amount amountOn(BudgetLineId line) {
        return Amount.sum(charges.stream().filter(c -> c.budgetLineId().equals(line)).map(LineCharge::amount).toList());
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public Optional<PaymentOrderReference> orderReference() {
        return Optional.ofNullable(orderReference);
    }

    /** The instalment of the schedule this payment pays (V5), for an instalment payment. */
    public Optional<Integer> instalmentNumber() {
        return Optional.ofNullable(instalmentNumber);
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<LocalDate> cancelledOn() {
        return Optional.ofNullable(cancelledOn);
    }

    public Optional<String> cancelledBy() {
        return Optional.ofNullable(cancelledBy);
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payment payment && payment.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Payment[" + id + ", " + kind + ", " + amount() + ", " + status + "]";
    }
}
