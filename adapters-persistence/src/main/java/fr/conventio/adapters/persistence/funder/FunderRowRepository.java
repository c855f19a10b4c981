package fr.conventio.adapters.persistence.funder;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface FunderRowRepository extends ListCrudRepository<FunderRow, UUID> {
}
