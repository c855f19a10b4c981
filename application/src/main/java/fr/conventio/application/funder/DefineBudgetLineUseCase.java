package fr.conventio.application.funder;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.BudgetLineId;

/** Creates or updates a budget line: code, label, yearly envelope, adoption of the year's budget (B4). */
public interface DefineBudgetLineUseCase {

    Saved<BudgetLineId> define(DefineBudgetLineCommand command);
}
