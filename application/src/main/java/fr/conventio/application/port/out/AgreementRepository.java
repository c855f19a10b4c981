package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.List;
import java.util.Optional;

/** Stores agreements (the whole aggregate: programme, budget, subsidy split, amendments, lifecycle). */
public interface AgreementRepository {

    Optional<Versioned<Agreement>> findById(AgreementId id);

    /**
     * Inserts a new agreement or updates a stored one if its stored version is still
     * {@code agreement.version()}; returns it with its new version.
     *
     * @throws fr.conventio.application.shared.ConcurrentUpdateException when someone saved it since
     */
    Versioned<Agreement> save(Versioned<Agreement> agreement);

    /**
     * Deletes a stored agreement read at {@code agreement.version()}, with the rows that are part of it (terms,
     * programme, budget, split, amendments, account figures), leaving a DELETE row in the audit trail.
     *
     * @throws fr.conventio.application.shared.ConcurrentUpdateException when someone saved or deleted it since
     */
    void delete(Versioned<Agreement> agreement);

    /** How many agreements, whatever their state, name this association as their beneficiary. */
    long countByAssociation(AssociationId associationId);

    /** Whether an agreement has this reference, ignoring case and accents ("eco-2020-scs" is "ÉCO-2020-SCS"). */
    boolean existsByReference(AgreementReference reference);

    /** The reference of the agreement that has {@code reference}, ignoring case and accents, as it is stored. */
    Optional<AgreementReference> findSameReference(AgreementReference reference);

    /**
     * The agreements of {@code associationId} for {@code budgetYear}, whatever their status, by reference: what O4
     * and D3 add up for the association's annual total from the funder ({@code AnnualSubsidies}).
     */
    List<AgreementId> findIdsByAssociationAndBudgetYear(AssociationId associationId, BudgetYear budgetYear);
}
