package fr.conventio.adapters.persistence.association;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;
import java.util.UUID;

interface AssociationRowRepository extends ListCrudRepository<AssociationRow, UUID> {

    Optional<AssociationRow> findBySiret(String siret);
}
