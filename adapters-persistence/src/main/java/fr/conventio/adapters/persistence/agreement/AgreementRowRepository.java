package fr.conventio.adapters.persistence.agreement;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface AgreementRowRepository extends ListCrudRepository<AgreementRow, UUID> {

}
