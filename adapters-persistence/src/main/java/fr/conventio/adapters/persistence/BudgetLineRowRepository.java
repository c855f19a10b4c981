package fr.conventio.adapters.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface BudgetLineRowRepository extends ListCrudRepository<BudgetLineRow, UUID> {

    Optional<BudgetLineRow> findByFunderIdAndCode(UUID funderId, String code);

    List<BudgetLineRow> findByFunderIdOrderByCode(UUID funderId);
}
