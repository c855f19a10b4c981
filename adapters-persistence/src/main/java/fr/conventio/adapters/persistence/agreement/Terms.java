package fr.conventio.adapters.persistence.agreement;

import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.DatePeriod;

import java.time.LocalDate;

/**
 * The terms of an agreement that versions track (M1): what one {@link TermsRow} stores. An
 * {@link AgreementVersion} is these terms plus a number and the date they apply from.
 */
record Terms(Signatory signatory, Representative representative, ForecastBudget forecastBudget, Subsidy subsidy,
             ActionProgramme programme, PaymentTerms paymentTerms, DatePeriod operationPeriod, KeepUnspentClause keepUnspentClause) {

    static Terms inForce(Agreement agreement) {
        return new Terms(agreement.signatory(), agreement.representative(), agreement.forecastBudget(), agreement.subsidy(),
                agreement.programme(), agreement.paymentTerms(), agreement.ownOperationPeriod().orElse(null), agreement.keepUnspentClause());
    }

    static Terms of(AgreementVersion version) {
        return new Terms(version.signatory(), version.representative(), version.forecastBudget(), version.subsidy(),
                version.programme(), version.paymentTerms(), version.operationPeriod(), version.keepUnspentClause());
    }

    AgreementVersion asVersion(int number, LocalDate effectiveFrom) {
        return new AgreementVersion(number, effectiveFrom, subsidy, forecastBudget, programme, paymentTerms, signatory, representative,
                operationPeriod, keepUnspentClause);
    }
}
