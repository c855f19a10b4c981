package fr.conventio.application.multiyear;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;

/**
 * Makes a draft a multi-year agreement (D5) with its later years' amounts, each split on that year's budget lines, in
 * order (year 2, year 3, year 4); an empty list makes it an annual agreement again.
 */
public record PlanMultiYearAgreementCommand(AgreementId agreementId, SettlementMode settlementMode, List<Subsidy> laterYears) {

    public PlanMultiYearAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        laterYears = laterYears == null ? List.of() : List.copyOf(laterYears);
        if (!laterYears.isEmpty()) {
            CommandChecks.required(settlementMode, "mode de liquidation");
        }
    }
}
