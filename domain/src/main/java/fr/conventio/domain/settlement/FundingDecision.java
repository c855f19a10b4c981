package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A decision of the funder on non-execution, significant delay or a substantial change made
 * without its written agreement (A3, Art. 4.4), recorded with its reason and amount. It is the one
 * place that says what such a decision does to the figures:
 * <ul>
 *   <li>SUSPEND_PAYMENTS: no amount; payments are refused while the agreement is suspended (the account's payment rules).</li>
 *   <li>REDUCE_SUBSIDY: the subsidy goes down by {@code amount}. A reduction below what was already
 *       paid is allowed: the difference becomes an amount to recover (A2).</li>
 *   <li>RECONSIDER_AMOUNT: opens a re-examination; {@code amount} (optional) is the amount at stake;
 *       figures unchanged until a reduction or a repayment is decided.</li>
 *   <li>DEMAND_REPAYMENT: {@code amount} (at most what was paid) is to be repaid, and the subsidy goes
 *       down by as much (it is not paid again later).</li>
 * </ul>
 *
 * @param subsidyBefore the subsidy in force when deciding (voted, or as last adjusted)
 * @param paidBefore    what the association had received when deciding
 */
public record FundingDecision(AgreementId agreementId, FundingDecisionKind kind, FundingDecisionCause cause, String reason,
                              Amount amount, Amount subsidyBefore, Amount paidBefore, LocalDate decidedOn, String decidedBy) {

    public FundingDecision {
        if (agreementId == null || kind == null || cause == null) {
            throw new InvalidValueException("décision", "la convention, la nature et la cause de la décision sont requises");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("A3", "une décision de " + kind.label() + " est motivée : le motif est absent");
        }
        TextLimits.check("motif de la décision", reason.strip(), TextLimits.REASON);
        if (decidedOn == null || decidedBy == null || decidedBy.isBlank()) {
            throw new RuleViolationException("A3", "une décision de " + kind.label() + " indique sa date et son auteur");
        }
        if (subsidyBefore == null || paidBefore == null) {
            throw new InvalidValueException("décision", "la subvention en vigueur et le montant déjà versé sont requis");
        }
        if (paidBefore.isGreaterThan(subsidyBefore)) {
            throw new InvalidValueException("montant versé", "le montant versé (" + FrenchFormat.amount(paidBefore)
                    + ") dépasse la subvention en vigueur (" + FrenchFormat.amount(subsidyBefore) + ")");
        }
        switch (kind) {
            case SUSPEND_PAYMENTS -> {
                if (amount != null) {
                    throw new RuleViolationException("A3", "une suspension des versements ne porte pas de montant");
                }
            }
            case REDUCE_SUBSIDY -> {
                requireAmount(kind, amount);
                if (amount.isGreaterThan(subsidyBefore)) {
                    throw new RuleViolationException("A3", "la diminution (" + FrenchFormat.amount(amount) + ") dépasse la subvention en vigueur ("
                            + FrenchFormat.amount(subsidyBefore) + ")");
                }
            }
            case DEMAND_REPAYMENT -> {
                requireAmount(kind, amount);
                if (amount.isGreaterThan(paidBefore)) {
                    throw new RuleViolationException("A3", "le reversement demandé (" + FrenchFormat.amount(amount)
                            + ") dépasse les sommes déjà versées (" + FrenchFormat.amount(paidBefore) + ")");
                }
            }
            case RECONSIDER_AMOUNT -> {
                if (amount != null && amount.isGreaterThan(subsidyBefore)) {
                    throw new RuleViolationException("A3", "le montant remis en cause (" + FrenchFormat.amount(amount)
                            + ") dépasse la subvention en vigueur (" + FrenchFormat.amount(subsidyBefore) + ")");
                }
            }
        }
        reason = reason.strip();
        decidedBy = decidedBy.strip();
    }

    private static void requireAmount(FundingDecisionKind kind, Amount amount) {
        if (amount == null || amount.isZero()) {
            throw new RuleViolationException("A3", "une décision de " + kind.label() + " indique son montant");
        }
    }

    public Optional<Amount> optionalAmount() {
        return Optional.ofNullable(amount);
    }

    /** Whether this decision suspends the payments still due. */
    public boolean suspendsPayments() {
        return kind == FundingDecisionKind.SUSPEND_PAYMENTS;
    }

    /** The subsidy once the decision applies (the new cap of V3). */
    public Amount subsidyAfter() {
        return switch (kind) {
            case REDUCE_SUBSIDY, DEMAND_REPAYMENT -> subsidyBefore.minus(amount);
            case SUSPEND_PAYMENTS, RECONSIDER_AMOUNT -> subsidyBefore;
        };
    }

    /** What the association must pay back because of this decision (zero when nothing). */
    public Amount amountToRecover() {
        return switch (kind) {
            case REDUCE_SUBSIDY -> paidBefore.minusOrZero(subsidyAfter());
            case DEMAND_REPAYMENT -> amount;
            case SUSPEND_PAYMENTS, RECONSIDER_AMOUNT -> Amount.ZERO;
        };
    }

    /** The claim of a recovery order (A2) when the decision makes the association owe money. */
    public Optional<RecoveryClaim> recoveryClaim() {
        Amount due = amountToRecover();
        return due.isZero() ? Optional.empty() : Optional.of(new RecoveryClaim(RecoveryGround.FUNDING_DECISION, due));
    }
}
