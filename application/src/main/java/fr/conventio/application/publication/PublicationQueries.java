package fr.conventio.application.publication;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.List;

/** Read side for the open-data publication (X1). */
public interface PublicationQueries {

    /** The agreements of a budget year that were signed (any status from SIGNED on, TERMINATED included), by reference. */
    List<AgreementId> signedAgreementsOf(BudgetYear year);

    /** The budget years with at least one signed agreement (as {@link #signedAgreementsOf} counts them), most recent first. */
    List<BudgetYear> yearsWithSignedAgreements();
}
