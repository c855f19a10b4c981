package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link AgreementRepository} does, the in-memory fake and the PostgreSQL adapter alike.
 * Implementations provide the repository on a store holding the seed's funder, association and budget
 * lines, and no agreement.
 */
public abstract class AgreementRepositoryContract {

    protected abstract AgreementRepository repository();

    /** How the store refuses a second agreement with a reference already used (a constraint violation). */
    protected abstract Class<? extends RuntimeException> uniqueViolation();

    static Stream<Arguments> agreements() {
        return Stream.of(
                Arguments.of("draft", (Supplier<Agreement>) AgreementFixtures::seedAgreement, AgreementStatus.DRAFT),
                Arguments.of("approved", (Supplier<Agreement>) AgreementFixtures::approvedSeedAgreement, AgreementStatus.APPROVED),
                Arguments.of("signed", (Supplier<Agreement>) AgreementFixtures::signedSeedAgreement, AgreementStatus.SIGNED),
                Arguments.of("amended twice", (Supplier<Agreement>) AgreementScenarios::amended, AgreementStatus.SIGNED),
                Arguments.of("paid by instalments, amended with a new schedule", (Supplier<Agreement>) AgreementScenarios::paidByInstalments,
                        AgreementStatus.SIGNED),
                Arguments.of("suspended", (Supplier<Agreement>) AgreementScenarios::suspended, AgreementStatus.SUSPENDED),
                Arguments.of("d4 a4 draft with a season and a rate clause", (Supplier<Agreement>) AgreementScenarios::draftWithSeasonAndClause,
                        AgreementStatus.DRAFT),
                Arguments.of("d4 a4 m1 period and clause amended, then settled",
                        (Supplier<Agreement>) AgreementScenarios::amendedPeriodAndClauseThenSettled, AgreementStatus.SETTLED),
                Arguments.of("settled on real expenses and a reduced subsidy", (Supplier<Agreement>) AgreementScenarios::settled,
                        AgreementStatus.SETTLED),
                Arguments.of("settled before its basis was kept", (Supplier<Agreement>) AgreementScenarios::settledWithoutItsBasis,
                        AgreementStatus.SETTLED),
                Arguments.of("closed", (Supplier<Agreement>) AgreementScenarios::closed, AgreementStatus.CLOSED),
                Arguments.of("terminated after settlement", (Supplier<Agreement>) AgreementScenarios::terminatedAfterSettlement,
                        AgreementStatus.TERMINATED),
                Arguments.of("terminated while suspended", (Supplier<Agreement>) AgreementScenarios::terminatedWhileSuspended,
                        AgreementStatus.TERMINATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreements")
    void a_new_agreement_is_stored_at_version_0_and_read_back_field_by_field(String name, Supplier<Agreement> scenario,
                                                                            AgreementStatus status) {
        Agreement agreement = scenario.get();
        assertThat(agreement.status()).isEqualTo(status);

        Versioned<Agreement> saved = repository().save(Versioned.newAggregate(agreement));
        Versioned<Agreement> loaded = repository().findById(SEED_AGREEMENT_ID).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).isNotSameAs(agreement).usingRecursiveComparison().isEqualTo(agreement);
        assertThat(loaded.value().versions()).isEqualTo(agreement.versions());
        assertThat(loaded.value().amendments()).isEqualTo(agreement.amendments());
        assertThat(loaded.value().suspensions()).isEqualTo(agreement.suspensions());
        assertThat(loaded.value().settlement()).isEqualTo(agreement.settlement());
    }

    @Test
    void a4_d4_the_operation_period_and_the_clause_are_stored_per_version() {
        repository().save(Versioned.newAggregate(AgreementScenarios.amendedPeriodAndClauseThenSettled()));

        Agreement stored = repository().findById(SEED_AGREEMENT_ID).orElseThrow().value();

        assertThat(stored.operationPeriod().end()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(stored.keepUnspentClause()).isEqualTo(fr.conventio.domain.settlement.KeepUnspentClause.amount(Amount.of("3000.50")));
        assertThat(stored.versions().getFirst().operationPeriod().end()).isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(stored.versions().getFirst().keepUnspentClause().isNone()).isTrue();
        assertThat(stored.amendments().getFirst().changes()).containsExactlyInAnyOrder(
                fr.conventio.domain.agreement.ChangedElement.OPERATION_PERIOD, fr.conventio.domain.agreement.ChangedElement.KEEP_UNSPENT_CLAUSE);
        assertThat(stored.settlement().orElseThrow().finalSubsidy()).isEqualTo(Amount.of("75000.50"));
    }

    @Test
    void a1_the_settlement_keeps_the_real_expenses_and_the_subsidy_in_force_it_was_computed_on() {
        repository().save(Versioned.newAggregate(AgreementScenarios.settled()));

        Settlement settlement = repository().findById(SEED_AGREEMENT_ID).orElseThrow().value().settlement().orElseThrow();

        assertThat(settlement).isEqualTo(new Settlement(Amount.of(67_500), LocalDate.of(2021, 6, 30), Amount.of("936301.50"),
                Amount.of(75_000), "responsable"));
    }

    @Test
    void who_drafted_and_who_settled_are_kept_and_unknown_authors_stay_unknown() {
        repository().save(Versioned.newAggregate(AgreementScenarios.settled()));
        Agreement stored = repository().findById(SEED_AGREEMENT_ID).orElseThrow().value();
        assertThat(stored.createdBy()).contains("instructeur");
        assertThat(stored.settlement().flatMap(Settlement::settledByIfKnown)).contains("responsable");

        Agreement legacy = AgreementScenarios.settledWithoutItsBasis();
        repository().save(Versioned.of(legacy, repository().findById(SEED_AGREEMENT_ID).orElseThrow().version()));
        Agreement reloaded = repository().findById(SEED_AGREEMENT_ID).orElseThrow().value();
        assertThat(reloaded.createdBy()).isEmpty();
        assertThat(reloaded.settlement().flatMap(Settlement::settledByIfKnown)).isEmpty();
    }

    @Test
    void the_field_by_field_comparison_does_see_a_difference() {
        repository().save(Versioned.newAggregate(AgreementScenarios.amended()));
        Agreement loaded = repository().findById(SEED_AGREEMENT_ID).orElseThrow().value();
        Agreement otherwiseAmended = AgreementScenarios.amended();
        otherwiseAmended.suspend("Contrôle", LocalDate.of(2020, 10, 1));

        assertThat(loaded).usingRecursiveComparison().isNotEqualTo(otherwiseAmended);
        assertThat(loaded).usingRecursiveComparison().isNotEqualTo(AgreementFixtures.signedSeedAgreement());
    }

    @Test
    void an_agreement_saved_at_each_step_of_its_life_is_read_back_at_each_step_one_version_further() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        Versioned<Agreement> current = repository().save(Versioned.newAggregate(agreement));
        agreement.approve(AgreementFixtures.seedDeliberation());
        current = saveAndCheck(current, agreement, 1);
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        current = saveAndCheck(current, agreement, 2);
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 3, 1), "Acompte porté à 90 %")
                .withPaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(90))));
        current = saveAndCheck(current, agreement, 3);
        agreement.suspend("Retard du rapport d'activité", LocalDate.of(2020, 9, 1));
        current = saveAndCheck(current, agreement, 4);
        agreement.resume(LocalDate.of(2020, 10, 1));
        current = saveAndCheck(current, agreement, 5);
        agreement.markSettled(SettlementPolicy.settle(Amount.of(80_000), Amount.of(1_040_335), Amount.of("728234.50"), Amount.of(64_000)),
                LocalDate.of(2021, 6, 15), "responsable");
        current = saveAndCheck(current, agreement, 6);
        agreement.close(LocalDate.of(2021, 9, 1));
        saveAndCheck(current, agreement, 7);

        Agreement stored = repository().findById(SEED_AGREEMENT_ID).orElseThrow().value();
        assertThat(stored.status()).isEqualTo(AgreementStatus.CLOSED);
        assertThat(stored.closedOn()).contains(LocalDate.of(2021, 9, 1));
        assertThat(stored.paymentTerms().advanceRate()).isEqualTo(Rate.ofPercent(90));
        assertThat(stored.settlement().orElseThrow().finalSubsidy()).isEqualTo(Amount.of(56_000));
    }

    private Versioned<Agreement> saveAndCheck(Versioned<Agreement> current, Agreement agreement, long expectedVersion) {
        Versioned<Agreement> saved = repository().save(Versioned.of(agreement, current.version()));
        Versioned<Agreement> loaded = repository().findById(SEED_AGREEMENT_ID).orElseThrow();
        assertThat(saved.version()).isEqualTo(expectedVersion);
        assertThat(loaded.version()).isEqualTo(expectedVersion);
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(agreement);
        return saved;
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Versioned<Agreement> first = repository().findById(SEED_AGREEMENT_ID).orElseThrow();
        Versioned<Agreement> second = repository().findById(SEED_AGREEMENT_ID).orElseThrow();
        first.value().approve(AgreementFixtures.seedDeliberation());
        second.value().changeReference(AgreementReference.of("ECO-2020-SCS-BIS"));
        Versioned<Agreement> firstSaved = repository().save(first);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        Versioned<Agreement> stored = repository().findById(SEED_AGREEMENT_ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(firstSaved.version()).isEqualTo(1);
        assertThat(stored.value()).usingRecursiveComparison().isEqualTo(first.value());
        assertThat(repository().existsByReference(AgreementReference.of("ECO-2020-SCS-BIS"))).isFalse();
    }

    @Test
    void a_version_never_stored_or_an_id_stored_twice_is_refused() {
        assertThatThrownBy(() -> repository().save(Versioned.of(AgreementFixtures.seedAgreement(), 3)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(SEED_AGREEMENT_ID)).isEmpty();

        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(AgreementFixtures.signedSeedAgreement())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(SEED_AGREEMENT_ID).orElseThrow().value().status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void what_a_caller_changes_without_saving_is_not_stored() {
        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));

        repository().findById(SEED_AGREEMENT_ID).orElseThrow().value().approve(AgreementFixtures.seedDeliberation());

        assertThat(repository().findById(SEED_AGREEMENT_ID).orElseThrow().value().status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void an_unknown_agreement_is_not_found() {
        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));

        assertThat(repository().findById(AgreementId.newId())).isEmpty();
    }

    @Test
    void a_reference_is_used_by_one_agreement_only() {
        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Agreement sameReference = AgreementScenarios.draft(AgreementId.newId(), "ECO-2020-SCS", AgreementFixtures.YEAR_2020);

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(sameReference))).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(sameReference.id())).isEmpty();
        assertThat(repository().existsByReference(AgreementReference.of("ECO-2020-SCS"))).isTrue();
        assertThat(repository().existsByReference(AgreementReference.of("ECO-2021-SCS"))).isFalse();
        assertThat(repository().existsByReference(AgreementReference.of("eco-2020-scs"))).as("case does not make another reference").isTrue();
        assertThat(repository().existsByReference(AgreementReference.of("ÉCO-2020-SCS"))).as("accents do not make another reference").isTrue();
    }

    @Test
    void a_reference_differing_only_by_case_or_accents_is_the_same_reference() {
        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Agreement lowerCase = AgreementScenarios.draft(AgreementId.newId(), "eco-2020-scs", AgreementFixtures.YEAR_2020);
        Agreement accented = AgreementScenarios.draft(AgreementId.newId(), "ÉCO-2020-Scs", AgreementFixtures.YEAR_2020);

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(lowerCase))).isInstanceOf(uniqueViolation());
        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(accented))).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(lowerCase.id())).isEmpty();
        assertThat(repository().findById(accented.id())).isEmpty();
        assertThat(repository().existsByReference(AgreementReference.of("ECO-2020-SCS-BIS"))).isFalse();
    }

    @Test
    void a_draft_may_change_the_case_of_its_own_reference() {
        Versioned<Agreement> seed = repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        seed.value().changeReference(AgreementReference.of("Eco-2020-Scs"));
        repository().save(seed);

        assertThat(repository().findById(SEED_AGREEMENT_ID).orElseThrow().value().reference()).isEqualTo(AgreementReference.of("Eco-2020-Scs"));
    }

    @Test
    void a_draft_renamed_frees_its_old_reference_and_cannot_take_one_in_use() {
        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Versioned<Agreement> other = repository().save(Versioned.newAggregate(
                AgreementScenarios.draft(AgreementId.newId(), "ECO-2021-SCS", AgreementFixtures.YEAR_2020)));
        Versioned<Agreement> seed = repository().findById(SEED_AGREEMENT_ID).orElseThrow();
        seed.value().changeReference(AgreementReference.of("ECO-2020-SCS-V2"));
        repository().save(seed);

        assertThat(repository().existsByReference(AgreementReference.of("ECO-2020-SCS"))).isFalse();
        assertThat(repository().existsByReference(AgreementReference.of("ECO-2020-SCS-V2"))).isTrue();
        other.value().changeReference(AgreementReference.of("ECO-2020-SCS-V2"));
        assertThatThrownBy(() -> repository().save(other)).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(other.value().id()).orElseThrow().value().reference()).isEqualTo(AgreementReference.of("ECO-2021-SCS"));
    }

    @Test
    void o4_the_agreements_of_an_association_for_a_year_come_by_reference_whatever_their_status() {
        AgreementId second = AgreementId.newId();
        AgreementId otherYear = AgreementId.newId();
        repository().save(Versioned.newAggregate(AgreementScenarios.signed(second, "B-2020-SECONDE", fr.conventio.domain.shared.BudgetYear.of(2020),
                LocalDate.of(2020, 3, 1))));
        repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        repository().save(Versioned.newAggregate(AgreementScenarios.draft(otherYear, "A-2021", fr.conventio.domain.shared.BudgetYear.of(2021))));

        assertThat(repository().findIdsByAssociationAndBudgetYear(AgreementFixtures.SEED_ASSOCIATION_ID, fr.conventio.domain.shared.BudgetYear.of(2020)))
                .containsExactly(second, SEED_AGREEMENT_ID);
        assertThat(repository().findIdsByAssociationAndBudgetYear(AgreementFixtures.SEED_ASSOCIATION_ID, fr.conventio.domain.shared.BudgetYear.of(2021)))
                .containsExactly(otherYear);
        assertThat(repository().findIdsByAssociationAndBudgetYear(fr.conventio.domain.shared.AssociationId.newId(),
                fr.conventio.domain.shared.BudgetYear.of(2020))).isEmpty();
    }

    @Test
    void a_deleted_agreement_is_gone_and_a_stale_version_is_not_deleted() {
        Versioned<Agreement> saved = repository().save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Versioned<Agreement> again = repository().save(repository().findById(SEED_AGREEMENT_ID).orElseThrow());

        assertThatThrownBy(() -> repository().delete(saved)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(SEED_AGREEMENT_ID)).isPresent();

        repository().delete(again);

        assertThat(repository().findById(SEED_AGREEMENT_ID)).isEmpty();
        assertThat(repository().existsByReference(AgreementFixtures.seedAgreement().reference())).isFalse();
        assertThatThrownBy(() -> repository().delete(again)).as("deleted already").isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void agreements_are_counted_by_association_whatever_their_state() {
        assertThat(repository().countByAssociation(AgreementFixtures.SEED_ASSOCIATION_ID)).isZero();
        repository().save(Versioned.newAggregate(AgreementFixtures.signedSeedAgreement()));

        assertThat(repository().countByAssociation(AgreementFixtures.SEED_ASSOCIATION_ID)).isEqualTo(1);
        assertThat(repository().countByAssociation(fr.conventio.domain.shared.AssociationId.newId())).isZero();
    }
}
