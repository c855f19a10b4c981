package fr.conventio.domain.account;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Checks;

import java.util.List;

/**
 * The figures of an {@link AgreementAccount} as computed when it was last built, flat, for the read
 * side to select and sort on: stored by the use case that changed the agreement's file, in the same
 * transaction. Never the source of a decision (the account is built again from the aggregates).
 *
 * @param finalSubsidy        the settled final subsidy, {@code null} before settlement
 * @param owed                what is owed back, every ground together
 * @param claimed             what the recovery orders (not cancelled) claim
 * @param outstanding         what is owed and not yet claimed
 * @param overpaymentToClaim  the part of {@code outstanding} that is the settlement's overpayment
 * @param toRecover           what the orders still waiting for money have left to recover
 * @param instalmentDeadlines the instalments (V5) the funder has to pay by a known date and has not paid (N1), earliest first
 */
public record AccountFigures(AgreementId agreementId, AgreementStatus status, AgreementStage stage, BudgetYear budgetYear,
                             Amount votedSubsidy, Amount subsidyInForce, Amount adjustedSubsidy, Amount finalSubsidy,
                             Amount advanceCap, Amount paid, Amount cancelled, Amount advancesPaid, Amount kept, Amount balanceDue,
                             Amount advanceAvailable, Amount balancePayable, Amount owed, Amount claimed, Amount outstanding,
                             Amount overpaymentToClaim, Amount toRecover, Amount recovered, int openObligations, boolean closable,
                             List<LineAccount> lines, List<InstalmentDeadline> instalmentDeadlines) {

    public AccountFigures {
        Checks.require("compte (convention)", agreementId);
        Checks.require("compte (état)", status);
        Checks.require("compte (étape)", stage);
        Checks.require("compte (exercice)", budgetYear);
        lines = Checks.copyOf("compte (lignes)", lines);
        instalmentDeadlines = Checks.copyOf("compte (échéances des versements)", instalmentDeadlines);
    }

    /** Figures without instalment deadlines (an agreement paid by advance and balance, or none left to pay by a date). */
    public AccountFigures(AgreementId agreementId, AgreementStatus status, AgreementStage stage, BudgetYear budgetYear,
                          Amount votedSubsidy, Amount subsidyInForce, Amount adjustedSubsidy, Amount finalSubsidy,
                          Amount advanceCap, Amount paid, Amount cancelled, Amount advancesPaid, Amount kept, Amount balanceDue,
                          Amount advanceAvailable, Amount balancePayable, Amount owed, Amount claimed, Amount outstanding,
                          Amount overpaymentToClaim, Amount toRecover, Amount recovered, int openObligations, boolean closable,
                          List<LineAccount> lines) {
        this(agreementId, status, stage, budgetYear, votedSubsidy, subsidyInForce, adjustedSubsidy, finalSubsidy, advanceCap, paid,
                cancelled, advancesPaid, kept, balanceDue, advanceAvailable, balancePayable, owed, claimed, outstanding,
                overpaymentToClaim, toRecover, recovered, openObligations, closable, lines, List.of());
    }
}
