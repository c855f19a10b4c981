package fr.conventio.adapters.persistence.budgetline;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface BudgetLineRowRepository extends ListCrudRepository<BudgetLineRow, UUID> {

    Optional<BudgetLineRow> findByFunderIdAndCode(UUID funderId, String code);

    List<BudgetLineRow> findByFunderIdOrderByCode(UUID funderId);
}
