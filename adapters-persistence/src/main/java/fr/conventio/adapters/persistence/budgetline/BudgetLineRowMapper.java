package fr.conventio.adapters.persistence.budgetline;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.party.BudgetCommitment;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.FunderId;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * BudgetLine ↔ {@link BudgetLineRow}. The envelopes and the adopted years become one row per year
 * found in either; commitments keep their order (by year, then in the order made).
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface BudgetLineRowMapper extends CommonRowMappings {

    @Mapping(target = "budgetYear", source = "year")
    BudgetCommitmentRow toRow(BudgetCommitment commitment);

    @Mapping(target = "year", source = "budgetYear")
    BudgetCommitment toCommitment(BudgetCommitmentRow row);

    default BudgetLineRow toRow(BudgetLine line, Long version) {
        Map<BudgetYear, Amount> envelopes = line.envelopes();
        Set<BudgetYear> adopted = line.adoptedYears();
        Set<BudgetYear> years = new TreeSet<>(envelopes.keySet());
        years.addAll(adopted);
        Map<Integer, BudgetLineYearRow> yearRows = new HashMap<>();
        years.forEach(year -> yearRows.put(year.value(), new BudgetLineYearRow(toDecimal(envelopes.get(year)), adopted.contains(year))));
        List<BudgetCommitmentRow> commitments = line.commitments().stream().map(this::toRow).toList();
        return new BudgetLineRow(line.id().value(), line.funderId().value(), line.code(), line.label(), yearRows, commitments, version);
    }

    default BudgetLine toBudgetLine(BudgetLineRow row) {
        Map<BudgetYear, Amount> envelopes = new HashMap<>();
        Set<BudgetYear> adopted = new HashSet<>();
        row.years().forEach((year, yearRow) -> {
            if (yearRow.envelope() != null) {
                envelopes.put(new BudgetYear(year), toAmount(yearRow.envelope()));
            }
            if (yearRow.budgetAdopted()) {
                adopted.add(new BudgetYear(year));
            }
        });
        return BudgetLine.rehydrate(new BudgetLineId(row.id()), new FunderId(row.funderId()), row.code(), row.label(),
                envelopes, adopted, row.commitments().stream().map(this::toCommitment).toList());
    }
}
