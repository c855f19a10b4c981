package fr.conventio.domain.payment;

import static fr.conventio.domain.shared.FrenchFormat.amount;
import static fr.conventio.domain.shared.FrenchFormat.date;
import static fr.conventio.domain.shared.FrenchFormat.rate;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;

/**
 * Decides whether a payment may be recorded on an agreement (Art. 4.3 and 4.4). The one place of
 * rules V1 (advance), V2 (balance), V3 (never above the adjusted subsidy, never twice), V4 (budget
 * line and its share) and of the suspension of payments by a funding decision (A3).
 *
 * <p>A payment may be charged to several lines ({@link LineCharge}): the single balance of V2
 * usually draws on every line that has something left. Per budget line (V4) the cap is the
 * line's <em>voted</em> share (B3). When the subsidy is
 * adjusted (A1, A3) the shares are not rescaled: the global V3 cap on the adjusted subsidy
 * applies on top, so that the sum stays within the adjusted subsidy while staff keep the choice
 * of the line that absorbs the reduction.
 */
public final class PaymentPolicy {

    private PaymentPolicy() {
    }

    /**
     * Checks the request against every rule, in a fixed order (status, kind-specific rule, V4, V3).
     *
     * @throws RuleViolationException naming the first rule broken, with the figures
     */
    public static void check(PaymentContext context, PaymentRequest request) {
        checkNotSuspended(context);
        switch (request.kind()) {
            case ADVANCE -> checkAdvance(context, request);
            case BALANCE -> checkBalance(context, request);
        }
        checkBudgetLine(context, request);
        checkAdjustedSubsidyCap(context, request);
        checkNotRecordedTwice(context, request);
    }

    /** Whether {@link #check} would accept the request. */
    public static boolean allows(PaymentContext context, PaymentRequest request) {
        try {
            check(context, request);
            return true;
        } catch (RuleViolationException refused) {
            return false;
        }
    }

    /** A3: no payment while a funding decision suspends them. */
    private static void checkNotSuspended(PaymentContext context) {
        if (context.paymentsSuspended() || context.agreementStatus() == AgreementStatus.SUSPENDED) {
            throw new RuleViolationException("A3",
                    "les versements de cette convention sont suspendus par une décision du financeur : aucun versement ne peut être enregistré");
        }
    }

    /** V1: an advance only after signature, advances in total within the advance rate of the voted subsidy. */
    private static void checkAdvance(PaymentContext context, PaymentRequest request) {
        if (context.agreementStatus() != AgreementStatus.SIGNED) {
            throw new RuleViolationException("V1", "un acompte n'est versé que sur une convention signée ; cette convention est "
                    + AgreementStatusLabel.of(context.agreementStatus()));
        }
        if (context.signatureDate() == null) {
            throw new RuleViolationException("V1", "un acompte n'est versé qu'après la signature : la date de signature n'est pas renseignée");
        }
        if (request.valueDate().isBefore(context.signatureDate())) {
            throw new RuleViolationException("V1", "un acompte n'est versé qu'après la signature : la date de valeur ("
                    + date(request.valueDate()) + ") précède la signature (" + date(context.signatureDate()) + ")");
        }
        Amount cap = context.advanceCap();
        Amount advances = context.totalAdvances().plus(request.amount());
        if (advances.isGreaterThan(cap)) {
            String already = context.totalAdvances().isZero() ? ""
                    : ", avec les acomptes déjà versés (" + amount(context.totalAdvances()) + ") le total serait de " + amount(advances) + ",";
            throw new RuleViolationException("V1", "l'acompte demandé (" + amount(request.amount()) + ")" + already
                    + " dépasse le plafond de " + rate(context.advanceRate()) + " de la subvention votée (" + amount(cap) + ")");
        }
    }

    /** V2: the balance, once, after settlement and the balance documents, for exactly what remains due. */
    private static void checkBalance(PaymentContext context, PaymentRequest request) {
        if (context.agreementStatus() != AgreementStatus.SETTLED) {
            throw new RuleViolationException("V2", "le solde n'est versé qu'après la liquidation de la subvention sur les dépenses réelles ; cette convention est "
                    + AgreementStatusLabel.of(context.agreementStatus()));
        }
        if (!context.balanceDocumentsAccepted()) {
            throw new RuleViolationException("V2", "le solde n'est versé qu'une fois acceptés le compte de résultat final certifié, "
                    + "le bilan qualitatif et quantitatif et les derniers comptes certifiés (O10)");
        }
        boolean balanceAlreadyPaid = context.recordedPayments().stream().anyMatch(p -> p.kind() == PaymentKind.BALANCE);
        if (balanceAlreadyPaid) {
            throw new RuleViolationException("V2", "le solde de cette convention a déjà été versé : un seul solde est possible");
        }
        Amount due = context.balanceDue();
        if (due.isZero()) {
            throw new RuleViolationException("V2", "aucun solde n'est dû : déjà versé " + amount(context.totalPaid())
                    + " pour une subvention ajustée de " + amount(context.adjustedSubsidy()));
        }
        if (!request.amount().equals(due)) {
            throw new RuleViolationException("V2", "le solde demandé (" + amount(request.amount()) + ") doit être égal à la subvention ajustée ("
                    + amount(context.adjustedSubsidy()) + ") moins les sommes déjà versées (" + amount(context.totalPaid())
                    + "), soit " + amount(due));
        }
    }

    /** V4: charged to the agreement's budget lines, each within that line's voted share. */
    private static void checkBudgetLine(PaymentContext context, PaymentRequest request) {
        for (LineCharge charge : request.charges()) {
            Amount share = context.budgetLineShares().get(charge.budgetLineId());
            if (share == null) {
                throw new RuleViolationException("V4", "la ligne budgétaire " + charge.budgetLineId()
                        + " ne finance pas cette convention");
            }
            Amount onLine = context.totalPaidOn(charge.budgetLineId()).plus(charge.amount());
            if (onLine.isGreaterThan(share)) {
                throw new RuleViolationException("V4", "l'imputation de " + amount(charge.amount()) + " porterait le total imputé sur la ligne budgétaire à "
                        + amount(onLine) + ", au-delà de sa part de la subvention (" + amount(share) + ")");
            }
        }
    }

    /** V3: the payments never add up to more than the adjusted subsidy. */
    private static void checkAdjustedSubsidyCap(PaymentContext context, PaymentRequest request) {
        Amount total = context.totalPaid().plus(request.amount());
        if (total.isGreaterThan(context.adjustedSubsidy())) {
            throw new RuleViolationException("V3", "le versement (" + amount(request.amount()) + ") porterait le total versé à "
                    + amount(total) + ", au-delà de la subvention ajustée (" + amount(context.adjustedSubsidy()) + ")");
        }
    }

    /** V3: a payment order reference is used once per agreement (cancelled payments included). */
    private static void checkNotRecordedTwice(PaymentContext context, PaymentRequest request) {
        request.reference().ifPresent(reference -> {
            boolean used = context.existingPayments().stream()
                    .anyMatch(p -> p.orderReference().map(reference::equals).orElse(false));
            if (used) {
                throw new RuleViolationException("V3", "le mandat n° " + reference + " est déjà enregistré sur cette convention : un versement n'est jamais enregistré deux fois");
            }
        });
    }
}
