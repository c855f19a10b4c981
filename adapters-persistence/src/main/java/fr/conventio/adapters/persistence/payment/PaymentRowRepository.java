package fr.conventio.adapters.persistence.payment;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface PaymentRowRepository extends ListCrudRepository<PaymentRow, UUID> {

    List<PaymentRow> findByAgreementId(UUID agreementId);

    boolean existsByAgreementIdAndOrderReference(UUID agreementId, String orderReference);
}
