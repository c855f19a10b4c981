package fr.conventio.adapters.persistence;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementControlRowRepository extends ListCrudRepository<AgreementControlRow, UUID> {
}
