package fr.conventio.adapters.persistence;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementRowRepository extends ListCrudRepository<AgreementRow, UUID> {

    boolean existsByReference(String reference);
}
