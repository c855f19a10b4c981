package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;
import java.util.Optional;

/** Stores the association's obligations (O1–O10) with their history (each an aggregate referring to its agreement). */
public interface ObligationRepository {

    Optional<Versioned<Obligation>> findById(ObligationId id);

    /** Every obligation of the agreement, earliest due date first. */
    List<Versioned<Obligation>> findByAgreement(AgreementId agreementId);

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<Obligation> save(Versioned<Obligation> obligation);

    /** Saves each (e.g. the obligations generated at signature), with the same locking as {@link #save}. */
    List<Versioned<Obligation>> saveAll(List<Versioned<Obligation>> obligations);
}
