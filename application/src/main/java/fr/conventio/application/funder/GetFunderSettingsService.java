package fr.conventio.application.funder;

import fr.conventio.application.dashboard.BudgetConsumptionQueries;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetCommitment;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The settings screen: the funder and its budget lines (from their repositories, with their versions)
 * and, per line and year, what is paid (from {@link BudgetConsumptionQueries}, one query per year shown).
 */
public final class GetFunderSettingsService implements GetFunderSettingsUseCase {

    private final FunderRepository funders;
    private final BudgetLineRepository budgetLines;
    private final BudgetConsumptionQueries consumption;

    public GetFunderSettingsService(FunderRepository funders, BudgetLineRepository budgetLines, BudgetConsumptionQueries consumption) {
        this.funders = Objects.requireNonNull(funders);
        this.budgetLines = Objects.requireNonNull(budgetLines);
        this.consumption = Objects.requireNonNull(consumption);
    }

    @Override
    public Optional<FunderSettings> get(GetFunderSettingsQuery query) {
        return funders.findTheFunder().map(this::settings);
    }

    private FunderSettings settings(Versioned<Funder> loaded) {
        Funder f = loaded.value();
        List<Versioned<BudgetLine>> lines = budgetLines.findByFunder(f.id()).stream()
                .sorted(Comparator.comparing(v -> v.value().code())).toList();
        Map<BudgetYear, Map<BudgetLineId, Amount>> paid = new HashMap<>();
        for (Versioned<BudgetLine> line : lines) {
            for (BudgetYear year : years(line.value())) {
                paid.computeIfAbsent(year, this::paidPerLine);
            }
        }
        List<FunderSettings.BudgetLineSettings> lineSettings = lines.stream().map(v -> {
            BudgetLine l = v.value();
            List<FunderSettings.YearFigures> figures = years(l).stream().map(year -> new FunderSettings.YearFigures(year,
                    l.envelope(year), l.budgetAdopted(year), l.committed(year),
                    paid.get(year).getOrDefault(l.id(), Amount.ZERO), l.remaining(year))).toList();
            return new FunderSettings.BudgetLineSettings(l.id(), v.version(), l.code(), l.label(), figures);
        }).toList();
        return new FunderSettings(f.id(), loaded.version(), f.name(), f.kind(), f.siret(), f.address(), f.signatories(), lineSettings);
    }

    private static SortedSet<BudgetYear> years(BudgetLine line) {
        SortedSet<BudgetYear> years = new TreeSet<>(line.envelopes().keySet());
        years.addAll(line.adoptedYears());
        line.commitments().stream().map(BudgetCommitment::year).forEach(years::add);
        return years;
    }

    private Map<BudgetLineId, Amount> paidPerLine(BudgetYear year) {
        Map<BudgetLineId, Amount> paid = new HashMap<>();
        for (BudgetLineConsumption c : consumption.consumption(year)) {
            paid.put(c.lineId(), c.paid());
        }
        return paid;
    }
}
