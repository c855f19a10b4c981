package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.shared.AgreementId;

import java.util.Optional;

/** Stores the plans of the multi-year agreements (D5), one per CPO, keyed by the agreement of its first year. */
public interface MultiYearPlanRepository {

    Optional<Versioned<MultiYearPlan>> findByHead(AgreementId headAgreementId);

    /** The plan whose first year or one of whose confirmed years is {@code agreementId}. */
    Optional<Versioned<MultiYearPlan>> findByMember(AgreementId agreementId);

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<MultiYearPlan> save(Versioned<MultiYearPlan> plan);

    /** Removes the plan of a draft that is no longer multi-year. */
    void delete(AgreementId headAgreementId);
}
