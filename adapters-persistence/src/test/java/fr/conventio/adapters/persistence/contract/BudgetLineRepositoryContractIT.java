package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.YEAR_2020;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.budgetline.BudgetLinePersistenceAdapter;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** The contract on the PostgreSQL adapter, and what only the adapter does (foreign keys, names in a refusal). */
@SpringBootTest(classes = PersistenceTestApplication.class)
class BudgetLineRepositoryContractIT extends BudgetLineRepositoryContract {

    @Autowired
    private BudgetLinePersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedStore() {
        SeedStore.prepare(database);
    }

    @Override
    protected BudgetLineRepository repository() {
        return adapter;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return DuplicateKeyException.class;
    }

    @Test
    void a_commitment_to_an_unknown_agreement_is_refused_at_save() {
        Versioned<BudgetLine> stored = adapter.findById(CT1_LINE_ID).orElseThrow();
        stored.value().commit(YEAR_2020, AgreementId.newId(), Amount.of(100));

        assertThatThrownBy(() -> adapter.save(stored)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(adapter.findById(CT1_LINE_ID).orElseThrow().value().commitments()).isEmpty();
    }

    @Test
    void a_stale_version_is_refused_naming_the_budget_line() {
        Versioned<BudgetLine> first = adapter.findById(CT1_LINE_ID).orElseThrow();
        Versioned<BudgetLine> second = adapter.findById(CT1_LINE_ID).orElseThrow();
        adapter.save(first);

        assertThatThrownBy(() -> adapter.save(second)).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                e -> assertThat(e.aggregateType()).isEqualTo("ligne budgétaire"));
    }
}
