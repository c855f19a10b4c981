package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;
import java.util.Optional;

/** Stores the recovery orders (titres de recettes, A2) with their receipts. */
public interface RecoveryOrderRepository {

    Optional<Versioned<RecoveryOrder>> findById(RecoveryOrderId id);

    /** Every recovery order of the agreement, cancelled ones included, in number order. */
    List<Versioned<RecoveryOrder>> findByAgreement(AgreementId agreementId);

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<RecoveryOrder> save(Versioned<RecoveryOrder> order);
}
