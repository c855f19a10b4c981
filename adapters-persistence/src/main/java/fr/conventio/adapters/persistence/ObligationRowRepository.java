package fr.conventio.adapters.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ObligationRowRepository extends ListCrudRepository<ObligationRow, UUID> {

    List<ObligationRow> findByAgreementId(UUID agreementId);
}
