package fr.conventio.adapters.persistence.obligation;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface ObligationRowRepository extends ListCrudRepository<ObligationRow, UUID> {

    List<ObligationRow> findByAgreementId(UUID agreementId);
}
