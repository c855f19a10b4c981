package fr.conventio.application.fakes;

import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FunderId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fakes behave like the database adapter will: versions, stale saves refused, unique keys, stored copies. */
class InMemoryFakesTest {

    final InMemoryAgreementRepository agreements = new InMemoryAgreementRepository();

    @Test
    void a_new_aggregate_is_stored_at_version_0_and_each_save_adds_one() {
        Versioned<Agreement> first = agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Versioned<Agreement> second = agreements.save(first);

        assertThat(first.version()).isZero();
        assertThat(second.version()).isEqualTo(1);
        assertThat(agreements.findById(AgreementFixtures.SEED_AGREEMENT_ID).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_changes_nothing() {
        Versioned<Agreement> first = agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Versioned<Agreement> loadedByA = agreements.findById(first.value().id()).orElseThrow();
        Versioned<Agreement> loadedByB = agreements.findById(first.value().id()).orElseThrow();
        loadedByA.value().approve(AgreementFixtures.seedDeliberation());
        agreements.save(loadedByA);

        loadedByB.value().changeReference(AgreementReference.of("AUTRE"));
        assertThatThrownBy(() -> agreements.save(loadedByB))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasFieldOrPropertyWithValue("aggregateId", AgreementFixtures.SEED_AGREEMENT_ID.toString())
                .hasMessageStartingWith("Cet enregistrement (« Convention ») a été modifié entre-temps");
        Agreement stored = agreements.findById(first.value().id()).orElseThrow().value();
        assertThat(stored.status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(stored.reference().value()).isEqualTo("ECO-2020-SCS");
    }

    @Test
    void inserting_an_id_twice_is_refused() {
        agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));

        assertThatThrownBy(() -> agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement())))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_unique_key_acts_as_a_constraint() {
        agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Agreement sameReference = Agreement.create(AgreementId.newId(), AgreementReference.of("ECO-2020-SCS"), FunderId.newId(),
                AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(),
                AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(),
                AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(), AgreementFixtures.seedPaymentTerms(), "instructeur");

        assertThatThrownBy(() -> agreements.save(Versioned.newAggregate(sameReference)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("contrainte d'unicité violée sur Convention : eco-2020-scs"); // the key: the reference ignoring case and accents
        assertThat(agreements.existsByReference(AgreementReference.of("ECO-2020-SCS"))).isTrue();
    }

    @Test
    void what_a_caller_changes_without_saving_is_not_stored() {
        agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));

        agreements.findById(AgreementFixtures.SEED_AGREEMENT_ID).orElseThrow().value().approve(AgreementFixtures.seedDeliberation());

        assertThat(agreements.findById(AgreementFixtures.SEED_AGREEMENT_ID).orElseThrow().value().status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void a_signed_and_amended_agreement_survives_the_copy() {
        Agreement signed = AgreementFixtures.signedSeedAgreement();
        signed.amend(fr.conventio.domain.agreement.AmendmentRequest.of(java.time.LocalDate.of(2020, 6, 1), "Autre clause")
                .withOtherChange("Article 7 : logo mis à jour"));

        Agreement copy = AggregateCopies.copy(signed);

        assertThat(copy.versions()).isEqualTo(signed.versions());
        assertThat(copy.amendments()).isEqualTo(signed.amendments());
        assertThat(copy.status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void recovery_order_numbers_follow_each_other_per_funder_and_year() {
        InMemoryRecoveryOrderNumbering numbering = new InMemoryRecoveryOrderNumbering();
        FunderId funder = FunderId.newId();

        assertThat(numbering.nextNumber(funder, 2021).toString()).isEqualTo("TR-2021-0001");
        assertThat(numbering.nextNumber(funder, 2021).toString()).isEqualTo("TR-2021-0002");
        assertThat(numbering.nextNumber(funder, 2022).toString()).isEqualTo("TR-2022-0001");
        assertThat(numbering.nextNumber(FunderId.newId(), 2021).toString()).isEqualTo("TR-2021-0001");
    }

    @Test
    void documents_are_stored_and_opened_by_id() {
        InMemoryDocumentStorage storage = new InMemoryDocumentStorage();

        var ref = storage.store("bilan.pdf", "application/pdf", new byte[] {1, 2, 3});

        assertThat(storage.open(ref.id())).hasValueSatisfying(d -> {
            assertThat(d.ref().fileName()).isEqualTo("bilan.pdf");
            assertThat(d.content()).containsExactly(1, 2, 3);
        });
        assertThat(storage.open("doc-404")).isEmpty();
    }
}
