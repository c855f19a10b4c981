package fr.conventio.adapters.persistence.budgetline;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.FunderId;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores the funder's budget lines in PostgreSQL (tables {@code budget_line}, {@code budget_line_year},
 * {@code budget_line_commitment}).
 */
@Component
public class BudgetLinePersistenceAdapter implements BudgetLineRepository {

    private final BudgetLineRowRepository rows;
    private final BudgetLineRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<BudgetLine> audit;

    BudgetLinePersistenceAdapter(BudgetLineRowRepository rows, BudgetLineRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toBudgetLine), BudgetLinePersistenceAdapter::auditedFields,
                line -> null);
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
        BudgetLineRow saved = versionGuard.save(VersionGuard.Root.BUDGET_LINE, budgetLine.value().id().value(), budgetLine, audit,
                () -> rows.save(mapper.toRow(budgetLine.value(), budgetLine.version())));
        return Versioned.of(budgetLine.value(), saved.version());
    }

    private Versioned<BudgetLine> toVersioned(BudgetLineRow row) {
        return Versioned.of(mapper.toBudgetLine(row), row.version());
    }

    /** Audited: code, label, and per year the envelope, whether the budget is adopted, and the amount committed (B4). */
    static Map<String, String> auditedFields(BudgetLine line) {
        AuditedFields fields = new AuditedFields().put("code", line.code()).put("label", line.label());
        Set<BudgetYear> years = new TreeSet<>(Comparator.comparingInt(BudgetYear::value));
        years.addAll(line.envelopes().keySet());
        years.addAll(line.adoptedYears());
        line.commitments().forEach(c -> years.add(c.year()));
        for (BudgetYear year : years) {
            fields.put("envelope." + year.value(), line.envelopes().get(year))
                    .put("budgetAdopted." + year.value(), line.adoptedYears().contains(year))
                    .put("committed." + year.value(), line.committed(year));
        }
        return fields.toMap();
    }
}
