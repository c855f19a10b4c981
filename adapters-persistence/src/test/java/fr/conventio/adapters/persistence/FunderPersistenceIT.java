package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.seedFunder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class FunderPersistenceIT extends DatabaseTestSupport {

    @Test
    void the_seed_funder_is_read_back_field_by_field() {
        Funder funder = seedFunder();

        Versioned<Funder> saved = funders.save(Versioned.newAggregate(funder));
        Versioned<Funder> loaded = funders.findById(SEED_FUNDER_ID).orElseThrow();

        assertThat(saved.version()).isNotNull();
        assertThat(loaded.version()).isEqualTo(saved.version());
        assertThat(loaded.value()).isNotSameAs(funder).usingRecursiveComparison().isEqualTo(funder);
        assertThat(funders.findTheFunder()).get().extracting(Versioned::value).usingRecursiveComparison().isEqualTo(funder);
    }

    @Test
    void changes_are_stored_and_the_version_moves_on() {
        Versioned<Funder> saved = funders.save(Versioned.newAggregate(seedFunder()));
        Funder funder = funders.findById(SEED_FUNDER_ID).orElseThrow().value();
        funder.rename("Métropole d'Aix-Marseille-Provence");
        funder.changeKind(FunderKind.AUTRE_ETABLISSEMENT_PUBLIC);
        funder.moveTo(new PostalAddress(List.of("Le Pharo", "58 boulevard Charles Livon"), "13007", "Marseille"));
        funder.addSignatory(new Signatory(null, "Martine VASSAL", "Présidente", null));
        funder.addSignatory(new Signatory(Civility.MADAME, "Anne DUPONT", "Vice-Présidente", "Par délégation"));

        Versioned<Funder> updated = funders.save(Versioned.of(funder, saved.version()));
        Versioned<Funder> loaded = funders.findById(SEED_FUNDER_ID).orElseThrow();

        assertThat(updated.version()).isGreaterThan(saved.version());
        assertThat(loaded.version()).isEqualTo(updated.version());
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(funder);
        assertThat(loaded.value().signatories()).hasSize(3);
    }

    @Test
    void a_signatory_withdrawn_disappears() {
        Funder funder = seedFunder();
        funder.addSignatory(new Signatory(null, "Martine VASSAL", "Présidente", null));
        Versioned<Funder> saved = funders.save(Versioned.newAggregate(funder));
        funder.withdrawSignatory(funder.signatories().getFirst());

        funders.save(Versioned.of(funder, saved.version()));

        assertThat(funders.findById(SEED_FUNDER_ID).orElseThrow().value().signatories())
                .containsExactly(new Signatory(null, "Martine VASSAL", "Présidente", null));
    }

    @Test
    void a_stale_version_is_refused() {
        funders.save(Versioned.newAggregate(seedFunder()));
        Versioned<Funder> first = funders.findById(SEED_FUNDER_ID).orElseThrow();
        Versioned<Funder> second = funders.findById(SEED_FUNDER_ID).orElseThrow();
        first.value().rename("Premier");
        second.value().rename("Second");

        funders.save(first);

        assertThatThrownBy(() -> funders.save(second))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo("financeur");
                    assertThat(e.aggregateId()).isEqualTo(SEED_FUNDER_ID.toString());
                });
        assertThat(funders.findById(SEED_FUNDER_ID).orElseThrow().value().name()).isEqualTo("Premier");
    }

    @Test
    void nothing_is_found_in_an_empty_database() {
        assertThat(funders.findTheFunder()).isEmpty();
        assertThat(funders.findById(FunderId.newId())).isEmpty();
    }

    @Test
    void two_funders_are_a_set_up_error() {
        funders.save(Versioned.newAggregate(seedFunder()));
        funders.save(Versioned.newAggregate(Funder.create(FunderId.newId(), "Autre", FunderKind.COMMUNE,
                Siret.of("20005480700017"), PostalAddress.of("1 rue", "13001", "Marseille"), List.of())));

        assertThatThrownBy(() -> funders.findTheFunder()).isInstanceOf(IllegalStateException.class);
    }
}
