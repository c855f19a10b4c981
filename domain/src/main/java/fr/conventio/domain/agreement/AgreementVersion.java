package fr.conventio.domain.agreement;

import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.DatePeriod;
import java.time.LocalDate;

/**
 * The conditions of an agreement as in force from a date (M1 history): version 0 is the agreement
 * as signed, version n the agreement after amendment n. {@code operationPeriod} is the operation's own period
 * (D4), {@code null} when it is the budget year; {@code keepUnspentClause} the keep-unspent clause (A4).
 */
public record AgreementVersion(int number, LocalDate effectiveFrom, Subsidy subsidy, ForecastBudget forecastBudget,
                               ActionProgramme programme, PaymentTerms paymentTerms, Signatory signatory,
                               Representative representative, DatePeriod operationPeriod, KeepUnspentClause keepUnspentClause) {

    /** A version whose operation runs over the budget year (D4) and without keep-unspent clause (A4). */
    public AgreementVersion(int number, LocalDate effectiveFrom, Subsidy subsidy, ForecastBudget forecastBudget,
                            ActionProgramme programme, PaymentTerms paymentTerms, Signatory signatory,
                            Representative representative) {
        this(number, effectiveFrom, subsidy, forecastBudget, programme, paymentTerms, signatory, representative, null,
                KeepUnspentClause.none());
    }

    public AgreementVersion {
        if (number < 0) {
            throw new InvalidValueException("version (numéro)", "le numéro de version est positif ou nul : " + number);
        }
        Checks.require("version (date d'effet)", effectiveFrom);
        Checks.require("version (subvention)", subsidy);
        Checks.require("version (budget prévisionnel)", forecastBudget);
        Checks.require("version (programme)", programme);
        Checks.require("version (modalités de versement)", paymentTerms);
        Checks.require("version (signataire)", signatory);
        Checks.require("version (représentant)", representative);
        Checks.require("version (clause de conservation)", keepUnspentClause);
    }
}
