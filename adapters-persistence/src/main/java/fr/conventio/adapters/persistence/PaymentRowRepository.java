package fr.conventio.adapters.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PaymentRowRepository extends ListCrudRepository<PaymentRow, UUID> {

    List<PaymentRow> findByAgreementId(UUID agreementId);

    boolean existsByAgreementIdAndOrderReference(UUID agreementId, String orderReference);
}
