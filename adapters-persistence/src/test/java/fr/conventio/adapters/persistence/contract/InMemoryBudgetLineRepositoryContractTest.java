package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryBudgetLineRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import org.junit.jupiter.api.BeforeEach;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryBudgetLineRepositoryContractTest extends BudgetLineRepositoryContract {

    private final InMemoryBudgetLineRepository fake = new InMemoryBudgetLineRepository();

    @BeforeEach
    void seedLines() {
        AgreementFixtures.seedBudgetLines().forEach(line -> fake.save(Versioned.newAggregate(line)));
    }

    @Override
    protected BudgetLineRepository repository() {
        return fake;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return IllegalStateException.class;
    }
}
