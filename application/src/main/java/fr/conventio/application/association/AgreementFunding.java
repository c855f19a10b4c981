package fr.conventio.application.association;

import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.util.Map;
import java.util.Objects;

/**
 * One signed agreement of an association as the association page's « Financements par exercice » reads it: the
 * subsidy voted and in force as its account stored them ({@code AccountFigures}, never recomputed), and what the
 * financing plan of its terms in force declares from other funders, per kind ({@link #isOtherFunder}: every kind but
 * this funder and the association's own resources, kinds with nothing declared left out).
 */
public record AgreementFunding(AgreementId agreementId, AgreementReference reference, BudgetYear budgetYear, AgreementStatus status,
                               Amount votedSubsidy, Amount subsidyInForce, Map<FundingSourceKind, Amount> otherFunders) {

    public AgreementFunding {
        Objects.requireNonNull(agreementId);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(budgetYear);
        Objects.requireNonNull(status);
        Objects.requireNonNull(votedSubsidy);
        Objects.requireNonNull(subsidyInForce);
        otherFunders = Map.copyOf(otherFunders);
        if (otherFunders.keySet().stream().anyMatch(kind -> !isOtherFunder(kind))) {
            throw new IllegalArgumentException("neither the funder itself nor own resources are another funder: " + otherFunders.keySet());
        }
    }

    /** Whether resources of this kind come from another funder: public bodies other than this funder, and private funding. */
    public static boolean isOtherFunder(FundingSourceKind kind) {
        return kind != FundingSourceKind.THIS_FUNDER && kind != FundingSourceKind.OWN_RESOURCES;
    }
}
