package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.seedFunder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.funder.FunderPersistenceAdapter;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.FunderId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter, and what only the adapter does. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class FunderRepositoryContractIT extends FunderRepositoryContract {

    @Autowired
    private FunderPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    @Override
    protected FunderRepository repository() {
        return adapter;
    }

    @Test
    void two_funders_stored_are_a_set_up_error_that_the_funder_lookup_reports() {
        adapter.save(Versioned.newAggregate(seedFunder()));
        adapter.save(Versioned.newAggregate(Funder.create(FunderId.newId(), "Autre", FunderKind.COMMUNE,
                Siret.of("21130055300016"), PostalAddress.of("1 rue", "13001", "Marseille"), List.of())));

        assertThatThrownBy(adapter::findTheFunder).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 financeurs");
    }

    @Test
    void a_stale_version_is_refused_naming_the_funder() {
        adapter.save(Versioned.newAggregate(seedFunder()));
        Versioned<Funder> first = adapter.findById(SEED_FUNDER_ID).orElseThrow();
        Versioned<Funder> second = adapter.findById(SEED_FUNDER_ID).orElseThrow();
        adapter.save(first);

        assertThatThrownBy(() -> adapter.save(second)).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo("financeur");
            assertThat(e.aggregateId()).isEqualTo(SEED_FUNDER_ID.toString());
        });
    }
}
