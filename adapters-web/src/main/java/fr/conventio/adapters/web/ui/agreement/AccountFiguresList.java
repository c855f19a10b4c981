package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.account.InstalmentState;
import fr.conventio.domain.shared.Amount;

import java.util.List;

/**
 * Figures of the agreement's account, as the account computed them (the view formats, never adds or
 * subtracts): each method adds one labelled figure, named {@code <prefix>-<figure>} for tests and links;
 * the {@code ...IfAny} and {@code ...IfDiffers} ones only when there is something to say.
 */
final class AccountFiguresList extends Figures {

    private final AccountFigures account;
    private final String prefix;

    AccountFiguresList(AccountFigures account, String prefix) {
        this.account = account;
        this.prefix = prefix;
    }

    AccountFiguresList voted() {
        return figure("agreement.figure.subsidy", account.votedSubsidy(), "subsidy");
    }

    AccountFiguresList inForce() {
        return figure("agreement.figure.subsidyInForce", account.subsidyInForce(), "subsidy-in-force");
    }

    /** The subsidy in force, when reductions decided make it differ from the voted one. */
    AccountFiguresList inForceIfDiffers() {
        return account.subsidyInForce().equals(account.votedSubsidy()) ? this : inForce();
    }

    /** The settled final subsidy, once settled. */
    AccountFiguresList finalSubsidyIfSettled() {
        return account.finalSubsidy() == null ? this : figure("agreement.figure.finalSubsidy", account.finalSubsidy(), "final-subsidy");
    }

    AccountFiguresList adjusted() {
        return figure("agreement.figure.adjustedSubsidy", account.adjustedSubsidy(), "adjusted-subsidy");
    }

    /** The adjusted subsidy, when it differs from the final one (a reduction decided after the settlement). */
    AccountFiguresList adjustedIfDiffers() {
        return account.finalSubsidy() == null || account.adjustedSubsidy().equals(account.finalSubsidy()) ? this : adjusted();
    }

    AccountFiguresList advanceCap() {
        return figure("agreement.figure.advanceCap", account.advanceCap(), "advance-cap");
    }

    /**
     * V5: paid by a schedule of instalments, the agreement has no advance cap to show; the first instalment not paid
     * yet is shown instead with its state (due now, or to come), or that none is left to pay.
     */
    AccountFiguresList advanceCapOrNextInstalment(List<InstalmentState> instalments) {
        if (instalments.isEmpty()) {
            return advanceCap();
        }
        String value = instalments.stream()
                .filter(i -> i.state() == InstalmentState.State.DUE || i.state() == InstalmentState.State.UPCOMING).findFirst()
                .map(next -> Texts.t("agreement.figure.nextInstalment.value", Formats.amount(next.amount()), String.valueOf(next.number()),
                        Texts.t("agreement.instalment.state." + next.state().name())))
                .orElseGet(() -> Texts.t("agreement.figure.nextInstalment.none"));
        return figure("agreement.figure.nextInstalment", value, "next-instalment");
    }

    AccountFiguresList advanceAvailable() {
        return figure("agreement.figure.advanceAvailable", account.advanceAvailable(), "advance-available");
    }

    AccountFiguresList paid() {
        return figure("agreement.figure.paid", account.paid(), "paid");
    }

    AccountFiguresList cancelled() {
        return figure("agreement.figure.cancelled", account.cancelled(), "cancelled");
    }

    AccountFiguresList cancelledIfAny() {
        return account.cancelled().isZero() ? this : cancelled();
    }

    AccountFiguresList kept() {
        return figure("agreement.figure.kept", account.kept(), "kept");
    }

    /** What the association keeps, when decisions make it owe back part of what it was paid. */
    AccountFiguresList keptIfDiffers() {
        return account.kept().equals(account.paid()) ? this : kept();
    }

    /** What the funder still owes; not shown before signature, when nothing is owed yet (a draft owes nothing, it is not "paid"). */
    AccountFiguresList balanceDue() {
        if (account.stage() == AgreementStage.DRAFT || account.stage() == AgreementStage.APPROVED) {
            return this;
        }
        return figure("agreement.figure.remaining", account.balanceDue(), "balance-due");
    }

    AccountFiguresList outstanding() {
        return figure("agreement.figure.outstanding", account.outstanding(), "outstanding");
    }

    AccountFiguresList outstandingIfAny() {
        return account.outstanding().isZero() ? this : outstanding();
    }

    AccountFiguresList toRecover() {
        return figure("agreement.figure.toRecover", account.toRecover(), "to-recover");
    }

    AccountFiguresList toRecoverIfAny() {
        return account.toRecover().isZero() ? this : toRecover();
    }

    AccountFiguresList recovered() {
        return figure("agreement.figure.recovered", account.recovered(), "recovered");
    }

    AccountFiguresList recoveredIfAny() {
        return account.recovered().isZero() ? this : recovered();
    }

    /** Any other figure of the page, under the same naming. */
    AccountFiguresList figure(String labelKey, String value, String name) {
        return labelled(Texts.t(labelKey), value, name);
    }

    /** A figure whose label is already in words. */
    AccountFiguresList labelled(String label, String value, String name) {
        add(label, value, prefix + "-" + name);
        return this;
    }

    private AccountFiguresList figure(String labelKey, Amount amount, String name) {
        return figure(labelKey, Formats.amount(amount), name);
    }
}
