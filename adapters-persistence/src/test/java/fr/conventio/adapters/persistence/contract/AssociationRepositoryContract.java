package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_ASSOCIATION_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.seedAssociation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AssociationRepository} does, the in-memory fake and the PostgreSQL adapter alike, on an empty store. */
public abstract class AssociationRepositoryContract {

    private static final Siret SEED_SIRET = Siret.of("99999999800019");
    private static final Siret OTHER_SIRET = Siret.of("21130055300016");

    protected abstract AssociationRepository repository();

    /** How the store refuses a second association with a SIRET already registered (a constraint violation). */
    protected abstract Class<? extends RuntimeException> uniqueViolation();

    private static Association withoutIdentifiers(String name) {
        return Association.create(AssociationId.newId(), name,
                new PostalAddress(List.of("Maison des associations", "93 La Canebière"), "13001", "Marseille"),
                Representative.of(null, "Camille DURAND", "Trésorière"), null, null, FiscalYear.starting(Month.JULY, 1),
                Amount.of("12500.75"));
    }

    @Test
    void the_seed_association_is_stored_at_version_0_and_read_back_field_by_field() {
        Association association = seedAssociation();

        Versioned<Association> saved = repository().save(Versioned.newAggregate(association));
        Versioned<Association> loaded = repository().findById(SEED_ASSOCIATION_ID).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).isNotSameAs(association).usingRecursiveComparison().isEqualTo(association);
        assertThat(loaded.value().rna()).contains(RnaNumber.of("W139999999"));
    }

    @Test
    void an_association_without_identifiers_with_a_july_fiscal_year_and_a_republican_commitment_is_read_back() {
        Association association = withoutIdentifiers("Les Amis du Vieux Port");
        association.recordRepublicanCommitment(LocalDate.of(2022, 1, 3));

        repository().save(Versioned.newAggregate(association));
        Association loaded = repository().findById(association.id()).orElseThrow().value();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(association);
        assertThat(loaded.siret()).isEmpty();
        assertThat(loaded.rna()).isEmpty();
        assertThat(loaded.fiscalYear()).isEqualTo(FiscalYear.starting(Month.JULY, 1));
        assertThat(loaded.republicanCommitmentDate()).contains(LocalDate.of(2022, 1, 3));
    }

    @Test
    void every_change_is_stored_and_the_version_moves_on() {
        repository().save(Versioned.newAggregate(seedAssociation()));
        Versioned<Association> loaded = repository().findById(SEED_ASSOCIATION_ID).orElseThrow();
        Association association = loaded.value();
        association.rename("Pôle SCS");
        association.moveTo(new PostalAddress(List.of("Bâtiment A", "Avenue de la Victoire"), "13790", "Rousset"));
        association.changeRepresentative(Representative.of(Civility.MADAME, "Claire MARTIN", "Présidente"));
        association.registerSiret(OTHER_SIRET);
        association.registerRna(RnaNumber.of("W131000001"));
        association.changeFiscalYear(FiscalYear.starting(Month.SEPTEMBER, 30));
        association.declareAnnualBudget(Amount.of("2000000.01"));
        association.recordRepublicanCommitment(LocalDate.of(2022, 2, 1));

        Versioned<Association> updated = repository().save(loaded);
        Versioned<Association> reloaded = repository().findById(SEED_ASSOCIATION_ID).orElseThrow();

        assertThat(updated.version()).isEqualTo(1);
        assertThat(reloaded.version()).isEqualTo(1);
        assertThat(reloaded.value()).usingRecursiveComparison().isEqualTo(association);
        assertThat(repository().findBySiret(SEED_SIRET)).as("the old SIRET no longer finds it").isEmpty();
        assertThat(repository().findBySiret(OTHER_SIRET)).get().extracting(v -> v.value().name()).isEqualTo("Pôle SCS");
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        repository().save(Versioned.newAggregate(seedAssociation()));
        Versioned<Association> first = repository().findById(SEED_ASSOCIATION_ID).orElseThrow();
        Versioned<Association> second = repository().findById(SEED_ASSOCIATION_ID).orElseThrow();
        first.value().rename("Premier");
        second.value().rename("Second");
        repository().save(first);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        Versioned<Association> stored = repository().findById(SEED_ASSOCIATION_ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.value().name()).isEqualTo("Premier");
    }

    @Test
    void a_version_never_stored_or_an_id_stored_twice_is_refused() {
        assertThatThrownBy(() -> repository().save(Versioned.of(seedAssociation(), 1))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(SEED_ASSOCIATION_ID)).isEmpty();

        repository().save(Versioned.newAggregate(seedAssociation()));
        Association again = seedAssociation();
        again.rename("Doublon");

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(again))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(SEED_ASSOCIATION_ID).orElseThrow().value().name()).isEqualTo(seedAssociation().name());
    }

    @Test
    void what_a_caller_changes_without_saving_is_not_stored() {
        repository().save(Versioned.newAggregate(seedAssociation()));

        repository().findBySiret(SEED_SIRET).orElseThrow().value().rename("Jamais enregistré");

        assertThat(repository().findById(SEED_ASSOCIATION_ID).orElseThrow().value().name()).isEqualTo(seedAssociation().name());
    }

    @Test
    void an_association_is_found_by_its_siret_only() {
        repository().save(Versioned.newAggregate(seedAssociation()));
        Association withoutSiret = withoutIdentifiers("Sans SIRET");
        repository().save(Versioned.newAggregate(withoutSiret));

        Versioned<Association> found = repository().findBySiret(SEED_SIRET).orElseThrow();

        assertThat(found.version()).isZero();
        assertThat(found.value()).usingRecursiveComparison().isEqualTo(seedAssociation());
        assertThat(repository().findBySiret(OTHER_SIRET)).isEmpty();
        assertThat(repository().findById(AssociationId.newId())).isEmpty();
    }

    @Test
    void two_associations_cannot_share_a_siret_but_many_may_have_none() {
        repository().save(Versioned.newAggregate(seedAssociation()));
        Association sameSiret = Association.create(AssociationId.newId(), "Doublon", PostalAddress.of("1 rue", "13001", "Marseille"),
                Representative.of(null, "X", "Président"), SEED_SIRET, null, FiscalYear.CALENDAR, Amount.of(1));
        Association noSiret1 = withoutIdentifiers("Sans SIRET 1");
        Association noSiret2 = withoutIdentifiers("Sans SIRET 2");

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(sameSiret))).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(sameSiret.id())).isEmpty();
        repository().save(Versioned.newAggregate(noSiret1));
        repository().save(Versioned.newAggregate(noSiret2));
        assertThat(repository().findById(noSiret1.id())).isPresent();
        assertThat(repository().findById(noSiret2.id())).isPresent();
    }

    @Test
    void a_siret_registered_on_an_association_cannot_be_taken_by_another_one() {
        repository().save(Versioned.newAggregate(seedAssociation()));
        Association other = withoutIdentifiers("Les Amis du Vieux Port");
        repository().save(Versioned.newAggregate(other));
        Versioned<Association> loaded = repository().findById(other.id()).orElseThrow();
        loaded.value().registerSiret(SEED_SIRET);

        assertThatThrownBy(() -> repository().save(loaded)).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(other.id()).orElseThrow().value().siret()).isEmpty();
        assertThat(repository().findBySiret(SEED_SIRET)).get().extracting(v -> v.value().id()).isEqualTo(SEED_ASSOCIATION_ID);
    }

    @Test
    void an_association_is_deleted_from_the_version_read_and_a_stale_version_is_refused() {
        Versioned<Association> saved = repository().save(Versioned.newAggregate(withoutIdentifiers("Les Amis du Vieux Port")));
        Versioned<Association> again = repository().save(repository().findById(saved.value().id()).orElseThrow());

        assertThatThrownBy(() -> repository().delete(saved)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(saved.value().id())).isPresent();

        repository().delete(again);

        assertThat(repository().findById(saved.value().id())).isEmpty();
    }
}
