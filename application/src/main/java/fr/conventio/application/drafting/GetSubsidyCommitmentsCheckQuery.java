package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.List;

/**
 * Would the signature commit this split? The budget year, the agreement ({@code null} for a draft not saved yet)
 * and the split of its subsidy across the budget lines.
 */
public record GetSubsidyCommitmentsCheckQuery(BudgetYear year, AgreementId agreementId, List<SubsidyAllocation> split) {

    public GetSubsidyCommitmentsCheckQuery {
        CommandChecks.required(year, "exercice budgétaire");
        split = CommandChecks.listOf(split, "répartition de la subvention");
    }
}
