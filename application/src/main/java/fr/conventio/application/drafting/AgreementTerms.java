package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;

/**
 * Every part of a draft agreement, as typed on the agreement form: reference, parties (beneficiary,
 * the funder's signatory, the association's representative), budget year, object (Article 1) and
 * programme of actions (D1), forecast budget with its financing plan and in-kind contributions (B1),
 * subsidy and its split on the budget lines (B2, B3), payment terms (V1, N1). The values are domain
 * value objects, already checked; this record checks that each part is present. A missing
 * representative means the association's own. A missing operation period means the budget year (D4); a missing
 * keep-unspent clause means none (A4).
 */
public record AgreementTerms(AgreementReference reference, AssociationId associationId, Signatory signatory,
                             Representative representative, BudgetYear budgetYear, AgreementObject object,
                             ActionProgramme programme, ForecastBudget forecastBudget, Subsidy subsidy, PaymentTerms paymentTerms,
                             DatePeriod operationPeriod, KeepUnspentClause keepUnspentClause) {

    /** Terms whose operation runs over the budget year (D4), without keep-unspent clause (A4). */
    public AgreementTerms(AgreementReference reference, AssociationId associationId, Signatory signatory,
                          Representative representative, BudgetYear budgetYear, AgreementObject object,
                          ActionProgramme programme, ForecastBudget forecastBudget, Subsidy subsidy, PaymentTerms paymentTerms) {
        this(reference, associationId, signatory, representative, budgetYear, object, programme, forecastBudget, subsidy, paymentTerms,
                null, null);
    }

    public AgreementTerms {
        CommandChecks.required(reference, "référence");
        CommandChecks.required(associationId, "association bénéficiaire");
        CommandChecks.required(signatory, "signataire du financeur");
        CommandChecks.required(budgetYear, "exercice budgétaire");
        CommandChecks.required(object, "objet (article 1er)");
        CommandChecks.required(programme, "programme d'actions");
        CommandChecks.required(forecastBudget, "budget prévisionnel");
        CommandChecks.required(subsidy, "subvention");
        paymentTerms = paymentTerms == null ? PaymentTerms.standard() : paymentTerms;
        keepUnspentClause = keepUnspentClause == null ? KeepUnspentClause.none() : keepUnspentClause;
    }
}
