package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementPersistenceIT extends DatabaseTestSupport {

    @BeforeEach
    void parties() {
        saveSeedParties();
    }

    static Stream<Arguments> agreements() {
        return Stream.of(
                Arguments.of("draft", (Supplier<Agreement>) AgreementFixtures::seedAgreement, AgreementStatus.DRAFT),
                Arguments.of("approved", (Supplier<Agreement>) AgreementFixtures::approvedSeedAgreement, AgreementStatus.APPROVED),
                Arguments.of("signed", (Supplier<Agreement>) AgreementFixtures::signedSeedAgreement, AgreementStatus.SIGNED),
                Arguments.of("amended twice", (Supplier<Agreement>) AgreementScenarios::amended, AgreementStatus.SIGNED),
                Arguments.of("suspended", (Supplier<Agreement>) AgreementScenarios::suspended, AgreementStatus.SUSPENDED),
                Arguments.of("settled", (Supplier<Agreement>) AgreementScenarios::settled, AgreementStatus.SETTLED),
                Arguments.of("closed", (Supplier<Agreement>) AgreementScenarios::closed, AgreementStatus.CLOSED),
                Arguments.of("terminated after settlement", (Supplier<Agreement>) AgreementScenarios::terminatedAfterSettlement,
                        AgreementStatus.TERMINATED),
                Arguments.of("terminated while suspended", (Supplier<Agreement>) AgreementScenarios::terminatedWhileSuspended,
                        AgreementStatus.TERMINATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreements")
    void every_field_is_read_back(String name, Supplier<Agreement> scenario, AgreementStatus status) {
        Agreement agreement = scenario.get();
        assertThat(agreement.status()).isEqualTo(status);

        Versioned<Agreement> saved = agreements.save(Versioned.newAggregate(agreement));
        Versioned<Agreement> loaded = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();

        assertThat(loaded.version()).isEqualTo(saved.version()).isNotNull();
        assertThat(loaded.value()).isNotSameAs(agreement).usingRecursiveComparison().isEqualTo(agreement);
        assertThat(loaded.value().versions()).isEqualTo(agreement.versions());
        assertThat(loaded.value().amendments()).isEqualTo(agreement.amendments());
    }

    @Test
    void the_field_by_field_comparison_does_see_a_difference() {
        agreements.save(Versioned.newAggregate(AgreementScenarios.amended()));
        Agreement loaded = agreements.findById(SEED_AGREEMENT_ID).orElseThrow().value();
        Agreement otherwiseAmended = AgreementScenarios.amended();
        otherwiseAmended.suspend("Contrôle", LocalDate.of(2020, 10, 1));

        assertThat(loaded).usingRecursiveComparison().isNotEqualTo(otherwiseAmended);
        assertThat(loaded).usingRecursiveComparison().isNotEqualTo(AgreementFixtures.signedSeedAgreement());
    }

    @Test
    void the_amended_agreement_keeps_its_history() {
        Agreement agreement = AgreementScenarios.amended();
        agreements.save(Versioned.newAggregate(agreement));

        Agreement loaded = agreements.findById(SEED_AGREEMENT_ID).orElseThrow().value();

        assertThat(loaded.versionNumber()).isEqualTo(2);
        assertThat(loaded.versions()).extracting(v -> v.number(), v -> v.effectiveFrom())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, AgreementFixtures.SIGNATURE_DATE),
                        org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2020, 6, 15)),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2020, 9, 1)));
        assertThat(loaded.versions().get(0).subsidy()).isEqualTo(AgreementFixtures.seedSubsidy());
        assertThat(loaded.amendments().get(0).changes()).contains(ChangedElement.SUBSIDY_AMOUNT, ChangedElement.OTHER);
        assertThat(loaded.paymentTerms().paymentDates()).containsExactly(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 1));
        assertThat(loaded.paymentTerms().advanceRate()).isEqualTo(Rate.ofPercent("62.50"));
        assertThat(loaded.programme().actionCount()).isEqualTo(4);
    }

    @Test
    void an_agreement_saved_through_its_lifecycle_is_read_back_at_each_step() {
        Versioned<Agreement> current = agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Agreement agreement = current.value();
        agreement.approve(AgreementFixtures.seedDeliberation());
        current = agreements.save(current);
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        current = agreements.save(current);
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 3, 1), "Acompte porté à 90 %")
                .withPaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(90))));
        current = agreements.save(current);

        Versioned<Agreement> loaded = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();

        assertThat(loaded.version()).isEqualTo(current.version());
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(agreement);
        Long termsRows = jdbc.queryForObject("select count(*) from agreement_terms where agreement_id = ?", Long.class,
                SEED_AGREEMENT_ID.value());
        assertThat(termsRows).as("version 0 and version 1, the draft terms being replaced by version 0").isEqualTo(2);
    }

    @Test
    void exists_by_reference() {
        agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));

        assertThat(agreements.existsByReference(AgreementReference.of("ECO-2020-SCS"))).isTrue();
        assertThat(agreements.existsByReference(AgreementReference.of("ECO-2021-SCS"))).isFalse();
        assertThat(agreements.findById(AgreementId.newId())).isEmpty();
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Versioned<Agreement> first = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        Versioned<Agreement> second = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        first.value().approve(AgreementFixtures.seedDeliberation());
        second.value().changeReference(AgreementReference.of("ECO-2020-SCS-BIS"));

        Versioned<Agreement> firstSaved = agreements.save(first);

        assertThatThrownBy(() -> agreements.save(second))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo("convention");
                    assertThat(e.aggregateId()).isEqualTo(SEED_AGREEMENT_ID.toString());
                });
        Versioned<Agreement> stored = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(firstSaved.version());
        assertThat(stored.value()).usingRecursiveComparison().isEqualTo(first.value());
    }

    @Test
    void saving_with_a_version_of_an_agreement_never_stored_is_refused() {
        assertThatThrownBy(() -> agreements.save(Versioned.of(AgreementFixtures.seedAgreement(), 3)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(agreements.findById(SEED_AGREEMENT_ID)).isEmpty();
    }

    @Test
    void child_rows_do_not_pile_up_over_saves() {
        Versioned<Agreement> current = agreements.save(Versioned.newAggregate(AgreementScenarios.amended()));
        for (int i = 0; i < 3; i++) {
            current = agreements.save(agreements.findById(SEED_AGREEMENT_ID).orElseThrow());
        }

        assertThat(jdbc.queryForObject("select count(*) from agreement_terms_action", Long.class))
                .isEqualTo(countActions(current.value()));
        assertThat(jdbc.queryForObject("select count(*) from agreement_amendment", Long.class)).isEqualTo(2);
    }

    private static long countActions(Agreement agreement) {
        return agreement.versions().stream().mapToLong(v -> v.programme().actionCount()).sum();
    }

}
