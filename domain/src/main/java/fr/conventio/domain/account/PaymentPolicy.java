package fr.conventio.domain.account;

import static fr.conventio.domain.shared.FrenchFormat.amount;
import static fr.conventio.domain.shared.FrenchFormat.date;
import static fr.conventio.domain.shared.FrenchFormat.rate;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentCondition;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;

/**
 * Decides whether a payment may be recorded on an agreement (Art. 4.3 and 4.4), on the figures of its
 * {@link AgreementAccount}: rules V1 (advance), V2 (balance), V3 (never above the adjusted subsidy,
 * never twice), V4 (budget line and its share) and the suspension of payments by a funding decision (A3).
 *
 * <p>A payment may be charged to several lines ({@link LineCharge}): the single balance of V2 usually
 * draws on every line that has something left. Per budget line (V4) the payments charged to a line never
 * add up to more than its voted share (B3): a recovery brings money back but does not open the line again.
 * When the subsidy is adjusted (A1, A3) staff keep the choice of the line that absorbs the reduction: the
 * global V3 cap on the adjusted subsidy applies on top, on what the association keeps of the payments.
 */
final class PaymentPolicy {

    private PaymentPolicy() {
    }

    /**
     * Checks the request against every rule, in a fixed order chosen so that the refusal names the true cause:
     * a payment order already recorded first (a replayed payment is refused as such, not for a cap it would
     * pass), then the suspension, the kind-specific rule, V4 and V3.
     *
     * @throws RuleViolationException naming the first rule broken, with the figures
     */
    static void check(AgreementAccount account, PaymentRequest request) {
        checkNotRecordedTwice(account, request);
        checkNotSuspended(account);
        switch (request.kind()) {
            case ADVANCE -> checkAdvance(account, request);
            case BALANCE -> checkBalance(account, request);
            case INSTALMENT -> checkInstalment(account, request);
        }
        checkBudgetLines(account, request);
        checkAdjustedSubsidyCap(account, request);
    }

    /** A3: no payment while a funding decision suspends them. */
    private static void checkNotSuspended(AgreementAccount account) {
        if (account.status() == AgreementStatus.SUSPENDED) {
            throw new RuleViolationException("A3",
                    "les versements de cette convention sont suspendus par une décision du financeur : aucun versement ne peut être enregistré");
        }
    }

    /** V1: an advance only after signature, advances in total within the advance rate of the voted subsidy. */
    private static void checkAdvance(AgreementAccount account, PaymentRequest request) {
        if (account.paidByInstalments()) {
            throw new RuleViolationException("V5", "cette convention est versée par versements échelonnés : enregistrez le versement de l'échéancier"
                    + " qui est dû, pas un acompte");
        }
        if (account.status() != AgreementStatus.SIGNED) {
            throw new RuleViolationException("V1", "un acompte n'est versé que sur une convention signée ; cette convention est "
                    + AgreementStatusLabel.of(account.status()));
        }
        if (request.valueDate().isBefore(account.signatureDate().orElseThrow())) {
            throw new RuleViolationException("V1", PaymentRequest.VALUE_DATE, "un acompte n'est versé qu'après la signature : la date de valeur ("
                    + date(request.valueDate()) + ") précède la signature (" + date(account.signatureDate().orElseThrow()) + ")");
        }
        Amount advances = account.advancesPaid().plus(request.amount());
        if (advances.isGreaterThan(account.advanceCap())) {
            String already = account.advancesPaid().isZero() ? ""
                    : ", avec les acomptes déjà versés (" + amount(account.advancesPaid()) + ") le total serait de " + amount(advances) + ",";
            throw new RuleViolationException("V1", PaymentRequest.AMOUNT, "l'acompte demandé (" + amount(request.amount()) + ")" + already
                    + " dépasse le plafond de " + rate(account.advanceRate()) + " de la subvention votée (" + amount(account.advanceCap()) + ")");
        }
    }

    /**
     * V2: the balance, once, after settlement and the balance documents, for exactly what remains due. A balance
     * already paid is checked first: once paid the agreement is closed, and "not settled" would be a false reason.
     */
    private static void checkBalance(AgreementAccount account, PaymentRequest request) {
        if (account.balanceRecorded()) {
            throw new RuleViolationException("V2", "le solde de cette convention a déjà été versé : un seul solde est possible");
        }
        if (account.status() != AgreementStatus.SETTLED) {
            throw new RuleViolationException("V2", "le solde n'est versé qu'après la liquidation de la subvention sur les dépenses réelles ; cette convention est "
                    + AgreementStatusLabel.of(account.status()));
        }
        if (!account.balanceDocumentsAccepted()) {
            throw new RuleViolationException("V2", "le solde n'est versé qu'une fois acceptés le compte de résultat final certifié, "
                    + "le bilan qualitatif et quantitatif et les derniers comptes certifiés");
        }
        Amount due = account.balanceDue();
        if (due.isZero()) {
            throw new RuleViolationException("V2", "aucun solde n'est dû : l'association conserve déjà " + amount(account.kept())
                    + " pour une subvention ajustée de " + amount(account.adjustedSubsidy()));
        }
        if (!request.amount().equals(due)) {
            throw new RuleViolationException("V2", PaymentRequest.AMOUNT, "le solde demandé (" + amount(request.amount()) + ") doit être égal à la subvention ajustée ("
                    + amount(account.adjustedSubsidy()) + ") moins les sommes conservées par l'association (" + amount(account.kept())
                    + "), soit " + amount(due));
        }
    }

    /**
     * V5: an instalment of the schedule (not the last one, paid as the balance), in order, never twice, at most its
     * amount, not before the signature and once its condition is met (its date reached, its document accepted).
     */
    private static void checkInstalment(AgreementAccount account, PaymentRequest request) {
        if (!account.paidByInstalments()) {
            throw new RuleViolationException("V5", "cette convention est versée par acompte et solde : elle n'a pas d'échéancier de versements");
        }
        InstalmentSchedule schedule = account.instalmentSchedule().orElseThrow();
        int number = request.instalment().orElseThrow();
        if (number > schedule.size()) {
            throw new RuleViolationException("V5", "l'échéancier de cette convention compte " + schedule.size() + " versements : il n'a pas de versement n° " + number);
        }
        if (number == schedule.balanceNumber()) {
            throw new RuleViolationException("V5", "le dernier versement de l'échéancier est le solde : il s'enregistre comme le solde,"
                    + " après la liquidation et les documents du solde");
        }
        if (account.paymentOfInstalment(number).isPresent()) {
            throw new RuleViolationException("V3", "le versement n° " + number + " de l'échéancier est déjà versé : un versement n'est jamais enregistré deux fois");
        }
        for (int earlier = 1; earlier < number; earlier++) {
            if (account.paymentOfInstalment(earlier).isEmpty()) {
                throw new RuleViolationException("V5", "les versements de l'échéancier se suivent : le versement n° " + earlier
                        + " n'est pas encore versé");
            }
        }
        if (account.status() != AgreementStatus.SIGNED) {
            throw new RuleViolationException("V5", "un versement de l'échéancier n'est versé que sur une convention signée et non liquidée ; cette convention est "
                    + AgreementStatusLabel.of(account.status()));
        }
        Instalment instalment = schedule.number(number);
        if (request.valueDate().isBefore(account.signatureDate().orElseThrow())) {
            throw new RuleViolationException("V5", PaymentRequest.VALUE_DATE, "aucun versement avant la signature : la date de valeur ("
                    + date(request.valueDate()) + ") précède la signature (" + date(account.signatureDate().orElseThrow()) + ")");
        }
        if (!account.instalmentConditionMet(number, request.valueDate())) {
            String why = instalment.condition() == InstalmentCondition.DATE
                    ? PaymentRequest.VALUE_DATE : null;
            String message = "le versement n° " + number + " est prévu " + instalment.describeCondition() + " : "
                    + (instalment.condition() == InstalmentCondition.DATE
                    ? "la date de valeur (" + date(request.valueDate()) + ") le précède"
                    : "ce document n'est pas encore accepté");
            throw why == null ? new RuleViolationException("V5", message) : new RuleViolationException("V5", why, message);
        }
        if (request.amount().isGreaterThan(instalment.amount())) {
            throw new RuleViolationException("V5", PaymentRequest.AMOUNT, "le versement demandé (" + amount(request.amount())
                    + ") dépasse le montant du versement n° " + number + " de l'échéancier (" + amount(instalment.amount()) + ")");
        }
    }

    /** V4: charged to the agreement's budget lines, each within that line's voted share. */
    private static void checkBudgetLines(AgreementAccount account, PaymentRequest request) {
        for (LineCharge charge : request.charges()) {
            if (!account.drawsOn(charge.budgetLineId())) {
                throw new RuleViolationException("V4", "l'une des lignes budgétaires imputées ne finance pas cette convention");
            }
            LineAccount line = account.line(charge.budgetLineId()).orElseThrow();
            Amount onLine = line.paid().plus(charge.amount());
            if (onLine.isGreaterThan(line.share())) {
                throw new RuleViolationException("V4", "l'imputation de " + amount(charge.amount()) + " porterait le total imputé sur la ligne budgétaire à "
                        + amount(onLine) + ", au-delà de sa part de la subvention (" + amount(line.share()) + ")");
            }
        }
    }

    /** V3: what the association keeps never adds up to more than the adjusted subsidy. */
    private static void checkAdjustedSubsidyCap(AgreementAccount account, PaymentRequest request) {
        Amount total = account.kept().plus(request.amount());
        if (total.isGreaterThan(account.adjustedSubsidy())) {
            throw new RuleViolationException("V3", PaymentRequest.AMOUNT, "le versement (" + amount(request.amount()) + ") porterait les sommes conservées par"
                    + " l'association à " + amount(total) + ", au-delà de la subvention ajustée (" + amount(account.adjustedSubsidy()) + ")");
        }
    }

    /** V3: a payment order reference is used once per agreement (cancelled payments included). */
    private static void checkNotRecordedTwice(AgreementAccount account, PaymentRequest request) {
        request.reference().ifPresent(reference -> {
            boolean used = account.payments().stream().anyMatch(p -> p.orderReference().map(reference::equals).orElse(false));
            if (used) {
                throw new RuleViolationException("V3", "le mandat n° " + reference + " est déjà enregistré sur cette convention : un versement n'est jamais enregistré deux fois");
            }
        });
    }
}
