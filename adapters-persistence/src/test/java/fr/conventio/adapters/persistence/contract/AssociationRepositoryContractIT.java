package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_ASSOCIATION_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.seedAssociation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.association.AssociationPersistenceAdapter;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;

/** The contract on the PostgreSQL adapter, and what only the adapter does. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AssociationRepositoryContractIT extends AssociationRepositoryContract {

    @Autowired
    private AssociationPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    @Override
    protected AssociationRepository repository() {
        return adapter;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return DuplicateKeyException.class;
    }

    @Test
    void a_stale_version_is_refused_naming_the_association() {
        adapter.save(Versioned.newAggregate(seedAssociation()));
        Versioned<Association> first = adapter.findById(SEED_ASSOCIATION_ID).orElseThrow();
        Versioned<Association> second = adapter.findById(SEED_ASSOCIATION_ID).orElseThrow();
        adapter.save(first);

        assertThatThrownBy(() -> adapter.save(second)).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                e -> assertThat(e.aggregateType()).isEqualTo("association"));
    }
}
