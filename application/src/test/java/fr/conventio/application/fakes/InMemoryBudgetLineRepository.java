package fr.conventio.application.fakes;

import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FunderId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory {@link BudgetLineRepository}: optimistic locking, code unique per funder (compared exactly, as the database does), stores copies. */
public final class InMemoryBudgetLineRepository implements BudgetLineRepository {

    final InMemoryStore<BudgetLineId, BudgetLine> store = new InMemoryStore<>("Ligne budgétaire", BudgetLine::id,
            AggregateCopies::copy, l -> l.funderId() + "/" + l.code());

    @Override
    public Optional<Versioned<BudgetLine>> findById(BudgetLineId id) {
        return store.find(id);
    }

    @Override
    public Optional<Versioned<BudgetLine>> findByCode(FunderId funderId, String code) {
        return store.findAll(l -> l.funderId().equals(funderId) && l.code().equals(code)).stream().findFirst();
    }

    @Override
    public List<Versioned<BudgetLine>> findByFunder(FunderId funderId) {
        return store.findAll(l -> l.funderId().equals(funderId)).stream()
                .sorted(Comparator.comparing(v -> v.value().code())).toList();
    }

    @Override
    public Versioned<BudgetLine> save(Versioned<BudgetLine> budgetLine) {
        return store.save(budgetLine);
    }
}
