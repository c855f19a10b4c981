package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.seedFunder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.FunderId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FunderRepository} does, the in-memory fake and the PostgreSQL adapter alike, on an
 * empty store: one funder per installation, found as "the funder".
 */
public abstract class FunderRepositoryContract {

    protected abstract FunderRepository repository();

    private static final Signatory PRESIDENT = new Signatory(null, "Martine VASSAL", "Présidente", null);

    @Test
    void nothing_is_found_before_the_funder_is_set_up() {
        assertThat(repository().findTheFunder()).isEmpty();
        assertThat(repository().findById(SEED_FUNDER_ID)).isEmpty();
    }

    @Test
    void the_funder_is_stored_at_version_0_read_back_field_by_field_and_is_the_funder() {
        Funder funder = seedFunder();

        Versioned<Funder> saved = repository().save(Versioned.newAggregate(funder));
        Versioned<Funder> loaded = repository().findById(SEED_FUNDER_ID).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).isNotSameAs(funder).usingRecursiveComparison().isEqualTo(funder);
        Versioned<Funder> theFunder = repository().findTheFunder().orElseThrow();
        assertThat(theFunder.version()).isZero();
        assertThat(theFunder.value()).usingRecursiveComparison().isEqualTo(funder);
        assertThat(repository().findById(FunderId.newId())).isEmpty();
    }

    @Test
    void every_change_is_stored_and_the_version_moves_on() {
        repository().save(Versioned.newAggregate(seedFunder()));
        Versioned<Funder> loaded = repository().findById(SEED_FUNDER_ID).orElseThrow();
        Funder funder = loaded.value();
        funder.rename("Métropole d'Aix-Marseille-Provence");
        funder.changeKind(FunderKind.AUTRE_ETABLISSEMENT_PUBLIC);
        funder.changeSiret(Siret.of("21130055300016"));
        funder.moveTo(new PostalAddress(List.of("Le Pharo", "58 boulevard Charles Livon"), "13007", "Marseille"));
        funder.addSignatory(PRESIDENT);
        funder.addSignatory(new Signatory(Civility.MADAME, "Anne DUPONT", "Vice-Présidente", "Par délégation"));

        Versioned<Funder> updated = repository().save(loaded);
        Versioned<Funder> reloaded = repository().findById(SEED_FUNDER_ID).orElseThrow();

        assertThat(updated.version()).isEqualTo(1);
        assertThat(reloaded.version()).isEqualTo(1);
        assertThat(reloaded.value()).usingRecursiveComparison().isEqualTo(funder);
        assertThat(reloaded.value().signatories()).hasSize(3).element(1).isEqualTo(PRESIDENT);
    }

    @Test
    void a_signatory_withdrawn_disappears_and_the_others_keep_their_order() {
        Funder funder = seedFunder();
        funder.addSignatory(PRESIDENT);
        funder.addSignatory(new Signatory(Civility.MADAME, "Anne DUPONT", "Vice-Présidente", "Par délégation"));
        repository().save(Versioned.newAggregate(funder));
        Versioned<Funder> loaded = repository().findById(SEED_FUNDER_ID).orElseThrow();
        loaded.value().withdrawSignatory(loaded.value().signatories().getFirst());

        repository().save(loaded);

        assertThat(repository().findById(SEED_FUNDER_ID).orElseThrow().value().signatories())
                .containsExactly(PRESIDENT, new Signatory(Civility.MADAME, "Anne DUPONT", "Vice-Présidente", "Par délégation"));
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        repository().save(Versioned.newAggregate(seedFunder()));
        Versioned<Funder> first = repository().findById(SEED_FUNDER_ID).orElseThrow();
        Versioned<Funder> second = repository().findById(SEED_FUNDER_ID).orElseThrow();
        first.value().rename("Premier");
        second.value().rename("Second");
        repository().save(first);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        Versioned<Funder> stored = repository().findById(SEED_FUNDER_ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.value().name()).isEqualTo("Premier");
    }

    @Test
    void a_version_never_stored_or_an_id_stored_twice_is_refused() {
        assertThatThrownBy(() -> repository().save(Versioned.of(seedFunder(), 2))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findTheFunder()).isEmpty();

        repository().save(Versioned.newAggregate(seedFunder()));
        Funder again = seedFunder();
        again.rename("Doublon");

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(again))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findTheFunder().orElseThrow().value().name()).isEqualTo("Métropole Aix-Marseille-Provence");
    }

    @Test
    void what_a_caller_changes_without_saving_is_not_stored() {
        repository().save(Versioned.newAggregate(seedFunder()));

        repository().findTheFunder().orElseThrow().value().rename("Jamais enregistré");

        assertThat(repository().findById(SEED_FUNDER_ID).orElseThrow().value().name()).isEqualTo("Métropole Aix-Marseille-Provence");
    }

    /**
     * One funder per installation: a second one is either refused when saved (the fake) or makes the
     * funder ambiguous, which {@link FunderRepository#findTheFunder} refuses (the database): it is never
     * silently taken for the funder, nor the first one silently dropped.
     */
    @Test
    void a_second_funder_is_never_taken_for_the_funder() {
        repository().save(Versioned.newAggregate(seedFunder()));
        Funder second = Funder.create(FunderId.newId(), "Commune de Test", FunderKind.COMMUNE, Siret.of("21130055300016"),
                PostalAddress.of("Place de la Mairie", "13001", "Marseille"), List.of());

        assertThatThrownBy(() -> {
            repository().save(Versioned.newAggregate(second));
            repository().findTheFunder();
        }).isInstanceOf(IllegalStateException.class);
        assertThat(repository().findById(SEED_FUNDER_ID).orElseThrow().value()).usingRecursiveComparison().isEqualTo(seedFunder());
    }
}
