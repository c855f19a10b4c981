package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_ASSOCIATION_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.seedAssociation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class AssociationPersistenceIT extends DatabaseTestSupport {

    @Test
    void the_seed_association_is_read_back_field_by_field() {
        Association association = seedAssociation();

        Versioned<Association> saved = associations.save(Versioned.newAggregate(association));
        Versioned<Association> loaded = associations.findById(SEED_ASSOCIATION_ID).orElseThrow();

        assertThat(loaded.version()).isEqualTo(saved.version()).isNotNull();
        assertThat(loaded.value()).isNotSameAs(association).usingRecursiveComparison().isEqualTo(association);
        assertThat(associations.findBySiret(Siret.of("99999999800019"))).get().extracting(v -> v.value().id())
                .isEqualTo(SEED_ASSOCIATION_ID);
    }

    @Test
    void an_association_without_identifiers_and_with_a_july_fiscal_year_is_read_back() {
        Association association = Association.create(AssociationId.newId(), "Les Amis du Vieux Port",
                new PostalAddress(List.of("Maison des associations", "93 La Canebière"), "13001", "Marseille"),
                Representative.of(null, "Camille DURAND", "Trésorière"), null, null, FiscalYear.starting(Month.JULY, 1),
                Amount.of("12500.75"));
        association.recordRepublicanCommitment(LocalDate.of(2022, 1, 3));

        associations.save(Versioned.newAggregate(association));

        assertThat(associations.findById(association.id()).orElseThrow().value())
                .usingRecursiveComparison().isEqualTo(association);
    }

    @Test
    void changes_are_stored() {
        Versioned<Association> saved = associations.save(Versioned.newAggregate(seedAssociation()));
        Association association = saved.value();
        association.rename("Pôle SCS");
        association.changeRepresentative(Representative.of(Civility.MADAME, "Claire MARTIN", "Présidente"));
        association.changeFiscalYear(FiscalYear.starting(Month.SEPTEMBER, 30));
        association.declareAnnualBudget(Amount.of(2000000));
        association.recordRepublicanCommitment(LocalDate.of(2022, 2, 1));

        Versioned<Association> updated = associations.save(saved);

        Versioned<Association> loaded = associations.findById(SEED_ASSOCIATION_ID).orElseThrow();
        assertThat(loaded.version()).isEqualTo(updated.version()).isGreaterThan(saved.version());
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(association);
    }

    @Test
    void a_stale_version_is_refused() {
        associations.save(Versioned.newAggregate(seedAssociation()));
        Versioned<Association> first = associations.findById(SEED_ASSOCIATION_ID).orElseThrow();
        Versioned<Association> second = associations.findById(SEED_ASSOCIATION_ID).orElseThrow();
        first.value().rename("Premier");
        second.value().rename("Second");
        associations.save(first);

        assertThatThrownBy(() -> associations.save(second)).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                e -> assertThat(e.aggregateType()).isEqualTo("association"));
        assertThat(associations.findById(SEED_ASSOCIATION_ID).orElseThrow().value().name()).isEqualTo("Premier");
    }

    @Test
    void two_associations_cannot_share_a_siret_but_may_both_have_none() {
        associations.save(Versioned.newAggregate(seedAssociation()));
        Association sameSiret = Association.create(AssociationId.newId(), "Doublon", PostalAddress.of("1 rue", "13001", "Marseille"),
                Representative.of(null, "X", "Président"), Siret.of("99999999800019"), null, FiscalYear.CALENDAR, Amount.of(1));
        Association noSiret1 = Association.create(AssociationId.newId(), "Sans SIRET 1", PostalAddress.of("1 rue", "13001", "Marseille"),
                Representative.of(null, "X", "Président"), null, null, FiscalYear.CALENDAR, Amount.of(1));
        Association noSiret2 = Association.create(AssociationId.newId(), "Sans SIRET 2", PostalAddress.of("1 rue", "13001", "Marseille"),
                Representative.of(null, "X", "Président"), null, null, FiscalYear.CALENDAR, Amount.of(1));

        assertThatThrownBy(() -> associations.save(Versioned.newAggregate(sameSiret)))
                .isInstanceOf(DataIntegrityViolationException.class);
        associations.save(Versioned.newAggregate(noSiret1));
        associations.save(Versioned.newAggregate(noSiret2));
        assertThat(jdbc.queryForObject("select count(*) from association where siret is null", Long.class)).isEqualTo(2);
    }
}
