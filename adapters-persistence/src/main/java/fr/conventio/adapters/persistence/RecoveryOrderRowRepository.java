package fr.conventio.adapters.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface RecoveryOrderRowRepository extends ListCrudRepository<RecoveryOrderRow, UUID> {

    List<RecoveryOrderRow> findByAgreementIdOrderByNumberYearAscNumberSequenceAsc(UUID agreementId);
}
