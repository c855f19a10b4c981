package fr.conventio.application.drafting;

import fr.conventio.application.shared.ReadOnly;

/**
 * Says before the signature whether it would commit the subsidy's split (B4): the wizard's subsidy step, the
 * approval and the page of a draft warn with it. The very check the signature makes — {@code BudgetLine#commit} on
 * each line as stored — run on the loaded lines and never saved.
 */
public interface GetSubsidyCommitmentsCheckUseCase extends ReadOnly {

    SubsidyCommitmentsCheck check(GetSubsidyCommitmentsCheckQuery query);
}
