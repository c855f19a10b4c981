package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.contract.PostgresStore;
import fr.conventio.adapters.persistence.contract.ReadSideApp;

import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.readside.AssociationQueriesAdapter;
import fr.conventio.application.association.AssociationQueries;
import fr.conventio.application.shared.PageRequest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The contract on the PostgreSQL adapter, and what only the adapter does: accents ignored (the fake
 * only ignores case), wildcards typed taken literally, unknown sort keys refused.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AssociationQueriesContractIT extends AssociationQueriesContract {

    @Autowired
    private AssociationQueriesAdapter adapter;
    @Autowired
    private PostgresStore store;

    @Override
    protected ReadSideApp.Store emptyStore() {
        return store.empty();
    }

    @Override
    protected AssociationQueries queries() {
        return adapter;
    }

    @Test
    void accents_are_ignored_in_the_name_and_the_city() {
        fourAssociations();
        register("Éveil à Saint-Étienne", "Saint-Étienne", "42000");

        assertThat(names("pole solutions communicantes securisees")).containsExactly(SEED_NAME);
        assertThat(names("ZEBRE VELO")).containsExactly(ZEBRE);
        assertThat(names("eveil a saint")).containsExactly("Éveil à Saint-Étienne");
        assertThat(names("saint-etienne")).containsExactly("Éveil à Saint-Étienne");
    }

    @Test
    void wildcards_typed_are_taken_literally() {
        fourAssociations();
        register("Vélo 100% solidaire", "Marseille", "13001");
        register("Club_Jeunes", "Marseille", "13001");

        assertThat(names("100%")).containsExactly("Vélo 100% solidaire");
        assertThat(names("%")).containsExactly("Vélo 100% solidaire");
        assertThat(names("_")).containsExactly("Club_Jeunes");
        assertThat(names("c_ub")).as("_ is not any character").isEmpty();
        assertThat(names("club%")).as("% is not any text").isEmpty();
        assertThat(names("\\")).isEmpty();
    }

    @Test
    void an_unknown_sort_key_is_refused_never_put_in_the_sql() {
        assertThatThrownBy(() -> adapter.search(null, PageRequest.of(0, 20, "name; drop table association", true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tri : propriété inconnue");
    }
}
