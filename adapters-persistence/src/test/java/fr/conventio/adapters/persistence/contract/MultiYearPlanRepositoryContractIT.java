package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.multiyear.MultiYearPlanPersistenceAdapter;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.Versioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter, plus its audit row. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class MultiYearPlanRepositoryContractIT extends MultiYearPlanRepositoryContract {

    @Autowired
    private MultiYearPlanPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedAgreements() {
        SeedStore.prepare(database);
    }

    @Override
    protected MultiYearPlanRepository repository() {
        return adapter;
    }

    @Test
    void d5_each_save_of_a_plan_is_audited() {
        long before = database.auditRows().stream().filter(r -> "MULTI_YEAR_PLAN".equals(r.get("aggregate_type"))).count();
        adapter.save(Versioned.newAggregate(threeYears()));
        var rows = database.auditRows().stream().filter(r -> "MULTI_YEAR_PLAN".equals(r.get("aggregate_type"))).toList();
        assertThat(rows).hasSize((int) before + 1);
        assertThat(rows.getLast().get("changes").toString()).contains("year.2").contains("ONCE_AT_END");
    }
}
