package fr.conventio.application.reading;

import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

/**
 * One line of the agreements list (read model).
 *
 * @param subsidy   the voted subsidy in force (as last amended)
 * @param stage     where the file stands, from the agreement's account
 */
public record AgreementSummary(AgreementId id, String reference, String associationName, int budgetYear,
                               Amount subsidy, Rate shareOfCost, AgreementStage stage) {
}
