package fr.conventio.adapters.persistence;

import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FunderId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stores the funder's budget lines in PostgreSQL (tables {@code budget_line}, {@code budget_line_year},
 * {@code budget_line_commitment}).
 */
@Component
public class BudgetLinePersistenceAdapter implements BudgetLineRepository {

    private final BudgetLineRowRepository rows;
    private final BudgetLineRowMapper mapper;
    private final VersionGuard versionGuard;

    BudgetLinePersistenceAdapter(BudgetLineRowRepository rows, BudgetLineRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
    }

    @Override
    public Optional<Versioned<BudgetLine>> findById(BudgetLineId id) {
        return rows.findById(id.value()).map(this::toVersioned);
    }

    @Override
    public Optional<Versioned<BudgetLine>> findByCode(FunderId funderId, String code) {
        return rows.findByFunderIdAndCode(funderId.value(), code).map(this::toVersioned);
    }

    /** The funder's lines, by code. */
    @Override
    public List<Versioned<BudgetLine>> findByFunder(FunderId funderId) {
        return rows.findByFunderIdOrderByCode(funderId.value()).stream().map(this::toVersioned).toList();
    }

    @Override
    public Versioned<BudgetLine> save(Versioned<BudgetLine> budgetLine) {
        BudgetLineRow saved = versionGuard.save(VersionGuard.Root.BUDGET_LINE, budgetLine.value().id().value(), budgetLine,
                () -> rows.save(mapper.toRow(budgetLine.value(), budgetLine.version())));
        return Versioned.of(budgetLine.value(), saved.version());
    }

    private Versioned<BudgetLine> toVersioned(BudgetLineRow row) {
        return Versioned.of(mapper.toBudgetLine(row), row.version());
    }
}
