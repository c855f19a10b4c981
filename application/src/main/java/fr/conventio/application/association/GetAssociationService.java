package fr.conventio.application.association;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.reading.AgreementQueries;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.shared.AllPages;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;

import java.util.List;
import java.util.Objects;

/**
 * The association page: the stored association with its version, its agreements (by reference), the documents it sent
 * and what it is granted per budget year ({@link YearFunding}).
 */
public final class GetAssociationService implements GetAssociationUseCase {

    private final AssociationRepository associations;
    private final AgreementQueries agreements;
    private final AssociationQueries queries;
    private final AssociationFundingQueries funding;

    public GetAssociationService(AssociationRepository associations, AgreementQueries agreements, AssociationQueries queries,
                                 AssociationFundingQueries funding) {
        this.associations = Objects.requireNonNull(associations);
        this.agreements = Objects.requireNonNull(agreements);
        this.queries = Objects.requireNonNull(queries);
        this.funding = Objects.requireNonNull(funding);
    }

    @Override
    public AssociationDetails get(GetAssociationQuery query) {
        Versioned<Association> loaded = associations.findById(query.associationId())
                .orElseThrow(() -> new NotFoundException("Association", query.associationId()));
        Association a = loaded.value();
        AgreementSearch ofAssociation = new AgreementSearch(null, null, a.id(), null, null);
        List<AgreementSummary> itsAgreements = AllPages.read(page -> agreements.search(ofAssociation, page),
                SearchAgreementsUseCase.SORT_REFERENCE);
        return new AssociationDetails(a.id(), loaded.version(), a.name(), a.registeredAddress(), a.representative(),
                a.siret().orElse(null), a.rna().orElse(null), a.fiscalYear(), a.annualBudget(),
                a.republicanCommitmentDate().orElse(null), itsAgreements, queries.receivedDocuments(a.id()),
                YearFunding.byYear(a.id(), funding.fundingOf(a.id())), a.contactEmail().orElse(null));
    }
}
