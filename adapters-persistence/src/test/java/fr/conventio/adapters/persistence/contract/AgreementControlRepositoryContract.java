package fr.conventio.adapters.persistence.contract;

import static fr.conventio.adapters.persistence.contract.RunningScenarios.OTHER_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link AgreementControlRepository} does (store with the seed agreement and {@link RunningScenarios#OTHER_AGREEMENT_ID}). */
public abstract class AgreementControlRepositoryContract {

    protected abstract AgreementControlRepository repository();

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("empty", (Supplier<AgreementControl>) () -> AgreementControl.empty(SEED_AGREEMENT_ID)),
                Arguments.of("N1 deadline only", (Supplier<AgreementControl>) () -> RunningScenarios.deadlineOnly(SEED_AGREEMENT_ID, LocalDate.of(2021, 7, 15))),
                Arguments.of("everything recorded", (Supplier<AgreementControl>) () -> RunningScenarios.fullControl(SEED_AGREEMENT_ID)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void every_field_of_the_file_is_read_back(String name, Supplier<AgreementControl> scenario) {
        AgreementControl control = scenario.get();

        Versioned<AgreementControl> saved = repository().save(Versioned.newAggregate(control));
        Versioned<AgreementControl> loaded = repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(control);
        assertThat(loaded.value()).isEqualTo(control);
    }

    @Test
    void the_full_file_has_the_expected_figures() {
        AgreementControl control = RunningScenarios.fullControl(SEED_AGREEMENT_ID);
        repository().save(Versioned.newAggregate(control));

        AgreementControl loaded = repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow().value();

        assertThat(loaded.formalNotices()).hasSize(2);
        assertThat(loaded.notice(1)).get().extracting(FormalNotice::remediedOn).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(loaded.fundingDecisions()).extracting(d -> d.kind()).containsExactly(FundingDecisionKind.SUSPEND_PAYMENTS,
                FundingDecisionKind.RECONSIDER_AMOUNT, FundingDecisionKind.RECONSIDER_AMOUNT, FundingDecisionKind.REDUCE_SUBSIDY,
                FundingDecisionKind.DEMAND_REPAYMENT);
        assertThat(loaded.fundingDecisions()).extracting(d -> d.optionalAmount().orElse(null))
                .containsExactly(null, Amount.of("5000.50"), null, Amount.of(10_000), Amount.of("4000.01"));
        assertThat(loaded.republicanBreaches()).extracting(b -> b.withdrawal().amountWithdrawn()).containsExactly(Amount.of("20109.29"));
        assertThat(loaded.termination()).get().extracting(t -> t.amountKept()).isEqualTo(Amount.of("66666.67"));
    }

    @Test
    void items_added_later_follow_the_earlier_ones_and_the_version_moves_on() {
        repository().save(Versioned.newAggregate(RunningScenarios.deadlineOnly(SEED_AGREEMENT_ID, LocalDate.of(2021, 7, 15))));
        Versioned<AgreementControl> loaded = repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow();
        FormalNotice notice = FormalNotice.send(LocalDate.of(2021, 10, 1), "LR-1", "Rapport non transmis", Party.FUNDER);

        Versioned<AgreementControl> saved = repository().save(new Versioned<>(loaded.value().withNotice(notice), loaded.version()));
        Versioned<AgreementControl> again = repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow();
        Versioned<AgreementControl> remedied = repository().save(
                new Versioned<>(again.value().withNoticeReplaced(1, notice.remediedOn(LocalDate.of(2021, 10, 20))), again.version()));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(remedied.version()).isEqualTo(2);
        AgreementControl stored = repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow().value();
        assertThat(stored.formalNotices()).containsExactly(notice.remediedOn(LocalDate.of(2021, 10, 20)));
        assertThat(stored.funderPaymentDeadline()).isPresent();
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        repository().save(Versioned.newAggregate(AgreementControl.empty(SEED_AGREEMENT_ID)));
        Versioned<AgreementControl> first = repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow();
        Versioned<AgreementControl> second = repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow();
        repository().save(new Versioned<>(first.value().withDecision(RunningScenarios.decision(SEED_AGREEMENT_ID,
                FundingDecisionKind.SUSPEND_PAYMENTS, null, "80000", "0")), first.version()));

        assertThatThrownBy(() -> repository().save(new Versioned<>(second.value().withDecision(RunningScenarios.decision(
                SEED_AGREEMENT_ID, FundingDecisionKind.REDUCE_SUBSIDY, "1000", "80000", "0")), second.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow().value().fundingDecisions())
                .extracting(d -> d.kind()).containsExactly(FundingDecisionKind.SUSPEND_PAYMENTS);
        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(AgreementControl.empty(SEED_AGREEMENT_ID))))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void one_file_per_agreement_absent_until_first_saved() {
        assertThat(repository().findByAgreement(SEED_AGREEMENT_ID)).isEmpty();

        repository().save(Versioned.newAggregate(RunningScenarios.fullControl(SEED_AGREEMENT_ID)));
        repository().save(Versioned.newAggregate(AgreementControl.empty(OTHER_AGREEMENT_ID)));

        assertThat(repository().findByAgreement(SEED_AGREEMENT_ID).orElseThrow().value().meetings()).hasSize(2);
        assertThat(repository().findByAgreement(OTHER_AGREEMENT_ID).orElseThrow().value())
                .isEqualTo(AgreementControl.empty(OTHER_AGREEMENT_ID));
    }
}
