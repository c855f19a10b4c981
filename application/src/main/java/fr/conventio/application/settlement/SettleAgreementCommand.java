package fr.conventio.application.settlement;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/** Settles the subsidy on the real justified expenses of the final income statement (A1). */
public record SettleAgreementCommand(AgreementId agreementId, long expectedVersion, Amount realExpenses, LocalDate settledOn) {

    public SettleAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(realExpenses, "dépenses réelles justifiées");
        CommandChecks.required(settledOn, "date de liquidation");
    }
}
