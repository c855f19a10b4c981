package fr.conventio.application.fakes;

import fr.conventio.application.dashboard.BudgetConsumptionQueries;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.util.List;
import java.util.Objects;

/**
 * In-memory {@link BudgetConsumptionQueries}: the funder's lines with their envelope and commitments (B4), and
 * what the accounts of the year's agreements show as paid on each line (net of recoveries).
 */
public final class InMemoryBudgetConsumptionQueries implements BudgetConsumptionQueries {

    private final InMemoryFunderRepository funders;
    private final InMemoryBudgetLineRepository budgetLines;
    private final InMemoryAgreementAccountRepository accounts;

    public InMemoryBudgetConsumptionQueries(InMemoryFunderRepository funders, InMemoryBudgetLineRepository budgetLines,
                                            InMemoryAgreementAccountRepository accounts) {
        this.funders = Objects.requireNonNull(funders);
        this.budgetLines = Objects.requireNonNull(budgetLines);
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public List<BudgetLineConsumption> consumption(BudgetYear year) {
        List<AccountFigures> ofYear = accounts.findAll().stream().filter(f -> f.budgetYear().equals(year)).toList();
        return funders.findTheFunder().map(funder -> budgetLines.findByFunder(funder.value().id()).stream().map(Versioned::value)
                .map(line -> consumption(line, year, ofYear)).toList()).orElse(List.of());
    }

    private static BudgetLineConsumption consumption(BudgetLine line, BudgetYear year, List<AccountFigures> ofYear) {
        Amount paid = Amount.sum(ofYear.stream().flatMap(f -> f.lines().stream())
                .filter(l -> l.budgetLineId().equals(line.id())).map(LineAccount::netPaid).toList());
        return new BudgetLineConsumption(line.id(), line.code(), line.label(), line.envelope(year), line.committed(year), paid,
                line.remaining(year));
    }
}
