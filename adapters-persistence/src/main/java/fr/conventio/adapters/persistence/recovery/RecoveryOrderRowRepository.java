package fr.conventio.adapters.persistence.recovery;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface RecoveryOrderRowRepository extends ListCrudRepository<RecoveryOrderRow, UUID> {

    List<RecoveryOrderRow> findByAgreementIdOrderByNumberYearAscNumberSequenceAsc(UUID agreementId);
}
