package fr.conventio.adapters.persistence.budgetline;

import fr.conventio.adapters.persistence.support.VersionGuard;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The budget line aggregate as stored: {@code budget_line}, its years ({@code budget_line_year},
 * keyed by year) and its commitments ({@code budget_line_commitment}, by year then in the order made).
 */
@Table("budget_line")
record BudgetLineRow(
        @Id UUID id,
        UUID funderId,
        String code,
        String label,
        @MappedCollection(idColumn = "budget_line_id", keyColumn = "budget_year") Map<Integer, BudgetLineYearRow> years,
        @MappedCollection(idColumn = "budget_line_id", keyColumn = "position") List<BudgetCommitmentRow> commitments,
        @Version Long version) implements VersionGuard.VersionedRow {
}
