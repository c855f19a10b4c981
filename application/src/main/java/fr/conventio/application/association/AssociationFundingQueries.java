package fr.conventio.application.association;

import fr.conventio.domain.shared.AssociationId;

import java.util.List;

/** Read side of what an association is granted, for its page's « Financements par exercice » (issue 10, co-financing). */
public interface AssociationFundingQueries {

    /**
     * The association's agreements that count in its annual totals (signed, whatever happened since:
     * {@code AnnualSubsidies.counts}), most recent budget year first, then by reference: each with the voted subsidy
     * and the subsidy in force of its stored account figures and the other funders of its financing plan in force.
     */
    List<AgreementFunding> fundingOf(AssociationId associationId);
}
