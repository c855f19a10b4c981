package fr.conventio.application.settlement;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/** Settles the subsidy on the real justified expenses of the final income statement (A1). */
public record SettleAgreementCommand(AgreementId agreementId, long expectedVersion, Amount realExpenses, LocalDate settledOn) {

    /** The real expenses' name in refusals (a form shows them on its field). */
    public static final String REAL_EXPENSES = "dépenses réelles justifiées";
    /** The settlement date's name in refusals, as the agreement names it too (a form shows them on its field). */
    public static final String SETTLEMENT_DATE = "date de liquidation";

    public SettleAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(realExpenses, REAL_EXPENSES);
        CommandChecks.required(settledOn, SETTLEMENT_DATE);
    }
}
