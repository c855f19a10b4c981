package fr.conventio.application.funder;

import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.BudgetYear;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The checklist of {@link GetFunderSetupChecklistUseCase}, from the funder and its budget lines as stored, for the
 * budget year of today. Each step reads the domain's own answer (a line's envelope, {@link BudgetLine#budgetAdopted}).
 */
public final class GetFunderSetupChecklistService implements GetFunderSetupChecklistUseCase {

    private final FunderRepository funders;
    private final BudgetLineRepository budgetLines;
    private final Clock clock;

    public GetFunderSetupChecklistService(FunderRepository funders, BudgetLineRepository budgetLines, Clock clock) {
        this.funders = Objects.requireNonNull(funders);
        this.budgetLines = Objects.requireNonNull(budgetLines);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public FunderSetupChecklist checklist(GetFunderSetupChecklistQuery query) {
        BudgetYear year = BudgetYear.of(Guards.today(clock).getYear());
        Optional<Funder> funder = funders.findTheFunder().map(Versioned::value);
        List<BudgetLine> lines = funder.map(f -> budgetLines.findByFunder(f.id()).stream().map(Versioned::value)
                .sorted(Comparator.comparing(BudgetLine::code)).toList()).orElse(List.of());
        return new FunderSetupChecklist(year, List.of(
                new FunderSetupChecklist.Item(FunderSetupStep.FUNDER_IDENTITY, funder.isPresent(), List.of()),
                new FunderSetupChecklist.Item(FunderSetupStep.SIGNATORIES, funder.map(f -> !f.signatories().isEmpty()).orElse(false), List.of()),
                new FunderSetupChecklist.Item(FunderSetupStep.BUDGET_LINES, !lines.isEmpty(), List.of()),
                perLine(FunderSetupStep.ENVELOPES, lines, line -> !line.envelope(year).isZero()),
                perLine(FunderSetupStep.BUDGET_ADOPTED, lines, line -> line.budgetAdopted(year))));
    }

    /** A step done when there are lines and every one passes; the codes of those that do not. */
    private static FunderSetupChecklist.Item perLine(FunderSetupStep step, List<BudgetLine> lines, Predicate<BudgetLine> done) {
        List<String> missing = lines.stream().filter(done.negate()).map(BudgetLine::code).toList();
        return new FunderSetupChecklist.Item(step, !lines.isEmpty() && missing.isEmpty(), missing);
    }
}
