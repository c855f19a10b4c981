package fr.conventio.adapters.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AssociationRowRepository extends ListCrudRepository<AssociationRow, UUID> {

    Optional<AssociationRow> findBySiret(String siret);
}
