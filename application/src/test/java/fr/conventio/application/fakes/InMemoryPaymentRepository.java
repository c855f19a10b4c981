package fr.conventio.application.fakes;

import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** In-memory {@link PaymentRepository}: optimistic locking, payment order reference unique per agreement, stores copies. */
public final class InMemoryPaymentRepository implements PaymentRepository {

    final InMemoryStore<PaymentId, Payment> store = new InMemoryStore<>("Versement", Payment::id, AggregateCopies::copy,
            p -> p.orderReference().map(r -> p.agreementId() + "/" + r.value()).orElse(null));

    @Override
    public Optional<Versioned<Payment>> findById(PaymentId id) {
        return store.find(id);
    }

    @Override
    public List<Versioned<Payment>> findByAgreement(AgreementId agreementId) {
        return store.findAll(p -> p.agreementId().equals(agreementId)).stream()
                .sorted(Comparator.comparing(v -> v.value().valueDate())).toList();
    }

    @Override
    public boolean existsByOrderReference(AgreementId agreementId, PaymentOrderReference reference) {
        return !store.findAll(p -> p.agreementId().equals(agreementId) && p.orderReference().map(reference::equals).orElse(false)).isEmpty();
    }

    @Override
    public Versioned<Payment> save(Versioned<Payment> payment) {
        return store.save(payment);
    }

    public List<Versioned<Payment>> findAll(Predicate<Payment> filter) {
        return store.findAll(filter);
    }
}
