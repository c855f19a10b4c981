package fr.conventio.adapters.persistence.control;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface AgreementControlRowRepository extends ListCrudRepository<AgreementControlRow, UUID> {
}
