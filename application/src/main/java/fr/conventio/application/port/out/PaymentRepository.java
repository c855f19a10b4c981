package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;
import java.util.Optional;

/** Stores the payments of subsidies (each payment is an aggregate referring to its agreement by id). */
public interface PaymentRepository {

    Optional<Versioned<Payment>> findById(PaymentId id);

    /** Every payment of the agreement, cancelled ones included, oldest value date first. */
    List<Versioned<Payment>> findByAgreement(AgreementId agreementId);

    /** Whether a payment order reference is already used on the agreement (cancelled payments included, V3). */
    boolean existsByOrderReference(AgreementId agreementId, PaymentOrderReference reference);

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<Payment> save(Versioned<Payment> payment);
}
