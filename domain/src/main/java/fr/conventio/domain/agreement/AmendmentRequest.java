package fr.conventio.domain.agreement;

import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.TextLimits;
import fr.conventio.domain.shared.DatePeriod;
import java.time.LocalDate;

/**
 * What an amendment (avenant, M1) asks to change: each {@code null} element is left unchanged.
 * {@code object} and {@code beneficiary} exist so that such a request can be expressed — and
 * refused by {@link Agreement#amend}: an amendment never changes the Article 1 objectives (M1)
 * nor the beneficiary (P3). {@code otherChange} describes a change of another clause.
 * Build it with {@link #of(LocalDate, String)} and the {@code with...} methods.
 */
public record AmendmentRequest(LocalDate date, String description, Subsidy subsidy, ForecastBudget forecastBudget,
                               ActionProgramme programme, PaymentTerms paymentTerms, Signatory signatory,
                               Representative representative, AgreementObject object, AssociationId beneficiary,
                               String otherChange, DatePeriod operationPeriod, KeepUnspentClause keepUnspentClause) {

    /** A request that changes neither the operation period (D4) nor the keep-unspent clause (A4). */
    public AmendmentRequest(LocalDate date, String description, Subsidy subsidy, ForecastBudget forecastBudget,
                            ActionProgramme programme, PaymentTerms paymentTerms, Signatory signatory,
                            Representative representative, AgreementObject object, AssociationId beneficiary,
                            String otherChange) {
        this(date, description, subsidy, forecastBudget, programme, paymentTerms, signatory, representative, object,
                beneficiary, otherChange, null, null);
    }

    public AmendmentRequest {
        Checks.require("avenant (date)", date);
        description = Checks.requireText("avenant (objet)", description, TextLimits.DESCRIPTION);
        otherChange = Checks.optionalText("avenant (autre modification)", otherChange, TextLimits.DESCRIPTION);
    }

    /** A request that changes nothing yet. */
    public static AmendmentRequest of(LocalDate date, String description) {
        return new AmendmentRequest(date, description, null, null, null, null, null, null, null, null, null);
    }

    public AmendmentRequest withSubsidy(Subsidy newSubsidy) {
        return new AmendmentRequest(date, description, newSubsidy, forecastBudget, programme, paymentTerms, signatory, representative, object, beneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    public AmendmentRequest withForecastBudget(ForecastBudget newBudget) {
        return new AmendmentRequest(date, description, subsidy, newBudget, programme, paymentTerms, signatory, representative, object, beneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    public AmendmentRequest withProgramme(ActionProgramme newProgramme) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, newProgramme, paymentTerms, signatory, representative, object, beneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    public AmendmentRequest withPaymentTerms(PaymentTerms newTerms) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, newTerms, signatory, representative, object, beneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    public AmendmentRequest withSignatory(Signatory newSignatory) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, paymentTerms, newSignatory, representative, object, beneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    public AmendmentRequest withRepresentative(Representative newRepresentative) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, paymentTerms, signatory, newRepresentative, object, beneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    /** Changes the operation period (D4). */
    public AmendmentRequest withOperationPeriod(DatePeriod newPeriod) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, paymentTerms, signatory, representative, object, beneficiary, otherChange, newPeriod, keepUnspentClause);
    }

    /** Changes the keep-unspent clause (A4). */
    public AmendmentRequest withKeepUnspentClause(KeepUnspentClause newClause) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, paymentTerms, signatory, representative, object, beneficiary, otherChange, operationPeriod, newClause);
    }

    /** Asks to change the Article 1 objectives: always refused (M1). */
    public AmendmentRequest withObject(AgreementObject newObject) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, paymentTerms, signatory, representative, newObject, beneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    /** Asks to change the beneficiary: always refused (P3). */
    public AmendmentRequest withBeneficiary(AssociationId newBeneficiary) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, paymentTerms, signatory, representative, object, newBeneficiary, otherChange, operationPeriod, keepUnspentClause);
    }

    public AmendmentRequest withOtherChange(String change) {
        return new AmendmentRequest(date, description, subsidy, forecastBudget, programme, paymentTerms, signatory, representative, object, beneficiary, change, operationPeriod, keepUnspentClause);
    }
}
