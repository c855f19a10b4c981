package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recovery order (titre de recettes, A2): issued for exactly the amount the association owes
 * back ({@link RecoveryClaim}), numbered per funder and year, tracked until paid. The association
 * may pay in several instalments; the order is PAID once the receipts add up to its amount. It can
 * be cancelled, with a reason, while not fully paid.
 */
public final class RecoveryOrder {

    private final RecoveryOrderId id;
    private final FunderId funderId;
    private final AgreementId agreementId;
    private final RecoveryOrderNumber number;
    private final RecoveryGround ground;
    private final Amount amount;
    private final LocalDate issuedOn;
    private final List<Receipt> receipts;
    private RecoveryOrderStatus status;
    private LocalDate cancelledOn;
    private String cancelledBy;
    private String cancellationReason;

    private RecoveryOrder(RecoveryOrderId id, FunderId funderId, AgreementId agreementId, RecoveryOrderNumber number,
                          RecoveryGround ground, Amount amount, LocalDate issuedOn, List<Receipt> receipts,
                          RecoveryOrderStatus status, LocalDate cancelledOn, String cancelledBy, String cancellationReason) {
        this.id = Objects.requireNonNull(id, "titre : identifiant absent");
        this.funderId = Objects.requireNonNull(funderId, "titre : financeur absent");
        this.agreementId = Objects.requireNonNull(agreementId, "titre : convention absente");
        this.number = Objects.requireNonNull(number, "titre : numéro absent");
        this.ground = Objects.requireNonNull(ground, "titre : motif absent");
        this.amount = Objects.requireNonNull(amount, "titre : montant absent");
        this.issuedOn = Objects.requireNonNull(issuedOn, "titre : date d'émission absente");
        this.receipts = new ArrayList<>(receipts);
        this.status = Objects.requireNonNull(status, "titre : statut absent");
        this.cancelledOn = cancelledOn;
        this.cancelledBy = cancelledBy;
        this.cancellationReason = cancellationReason;
    }

    /**
     * Issues a recovery order for a claim.
     *
     * @param amount the amount staff typed; it must be exactly the claim's amount (A2)
     * @throws RuleViolationException when the amount differs from what is owed
     */
    public static RecoveryOrder issue(RecoveryOrderId id, FunderId funderId, AgreementId agreementId, RecoveryOrderNumber number,
                                      RecoveryClaim claim, Amount amount, LocalDate issuedOn) {
        Objects.requireNonNull(claim, "titre : créance absente");
        if (amount == null || !amount.equals(claim.amountDue())) {
            throw new RuleViolationException("A2", "le titre doit porter exactement sur la somme indûment perçue : "
                    + FrenchFormat.amount(claim.amountDue()) + " (" + claim.ground().label() + "), et non "
                    + (amount == null ? "un montant absent" : FrenchFormat.amount(amount)));
        }
        if (issuedOn == null) {
            throw new InvalidValueException("date d'émission", "la date d'émission du titre est absente");
        }
        if (number.year() != issuedOn.getYear()) {
            throw new InvalidValueException("numéro de titre", "le titre " + number + " n'est pas de l'année de son émission ("
                    + issuedOn.getYear() + ")");
        }
        return new RecoveryOrder(id, funderId, agreementId, number, claim.ground(), amount, issuedOn, List.of(),
                RecoveryOrderStatus.ISSUED, null, null, null);
    }

    /**
     * Rebuilds a recovery order from storage as it was (no rule is applied again). The cancellation
     * fields are {@code null} unless the status is CANCELLED.
     */
    public static RecoveryOrder rehydrate(RecoveryOrderId id, FunderId funderId, AgreementId agreementId, RecoveryOrderNumber number,
                                          RecoveryGround ground, Amount amount, LocalDate issuedOn, List<Receipt> receipts,
                                          RecoveryOrderStatus status, LocalDate cancelledOn, String cancelledBy, String cancellationReason) {
        return new RecoveryOrder(id, funderId, agreementId, number, ground, amount, issuedOn, receipts, status,
                cancelledOn, cancelledBy, cancellationReason);
    }

    /** Records a sum received; the order becomes PAID when the receipts reach its amount. Overpaying it is refused. */
    public void recordReceipt(Amount received, LocalDate receivedOn) {
        requireIssued("enregistrer un encaissement");
        Receipt receipt = new Receipt(received, receivedOn);
        if (receivedOn.isBefore(issuedOn)) {
            throw new InvalidValueException("date d'encaissement", "l'encaissement (" + FrenchFormat.date(receivedOn)
                    + ") ne peut précéder l'émission du titre (" + FrenchFormat.date(issuedOn) + ")");
        }
        Amount remaining = remainingDue();
        if (received.isGreaterThan(remaining)) {
            throw new RuleViolationException("A2", "l'encaissement de " + FrenchFormat.amount(received) + " dépasse le reste à recouvrer ("
                    + FrenchFormat.amount(remaining) + ") du titre " + number);
        }
        receipts.add(receipt);
        if (remainingDue().isZero()) {
            status = RecoveryOrderStatus.PAID;
        }
    }

    /** Cancels the order (annulation du titre) while not fully paid; reason, author and date are required. */
    public void cancel(String reason, String by, LocalDate on) {
        requireIssued("l'annuler");
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("motif d'annulation", "l'annulation d'un titre exige un motif");
        }
        if (by == null || by.isBlank()) {
            throw new InvalidValueException("auteur de l'annulation", "l'annulation d'un titre exige son auteur");
        }
        if (on == null || on.isBefore(issuedOn)) {
            throw new InvalidValueException("date d'annulation", "la date d'annulation est absente ou précède l'émission du titre");
        }
        TextLimits.check("motif d'annulation", reason.strip(), TextLimits.REASON);
        status = RecoveryOrderStatus.CANCELLED;
        cancellationReason = reason.strip();
        cancelledBy = by.strip();
        cancelledOn = on;
    }

    private void requireIssued(String action) {
        if (status != RecoveryOrderStatus.ISSUED) {
            throw new IllegalTransitionException("le titre " + number + " est " + status.label() + " : impossible d'" + action);
        }
    }

    /** Sum of the receipts. */
    public Amount amountReceived() {
        return Amount.sum(receipts.stream().map(Receipt::amount).toList());
    }

    /** What is still to be recovered (zero once paid; what was left when cancelled). */
    public Amount remainingDue() {
        return amount.minus(amountReceived());
    }

    public RecoveryOrderId id() {
        return id;
    }

    public FunderId funderId() {
        return funderId;
    }

    public AgreementId agreementId() {
        return agreementId;
    }

    public RecoveryOrderNumber number() {
        return number;
    }

    public RecoveryGround ground() {
        return ground;
    }

    public Amount amount() {
        return amount;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    public RecoveryOrderStatus status() {
        return status;
    }

    /** The day of the receipt that completed the payment, once PAID. */
    public Optional<LocalDate> paidOn() {
        return status == RecoveryOrderStatus.PAID ? Optional.of(receipts.getLast().receivedOn()) : Optional.empty();
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
        return other instanceof RecoveryOrder order && order.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
