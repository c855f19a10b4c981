package fr.conventio.adapters.persistence.contract;

import static fr.conventio.adapters.persistence.contract.RunningScenarios.OTHER_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentStatus;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link PaymentRepository} does, the in-memory fake and the PostgreSQL adapter alike.
 * Implementations provide the repository, on a store where the seed agreement and
 * {@link RunningScenarios#OTHER_AGREEMENT_ID} exist (with the seed's funder and budget lines).
 */
public abstract class PaymentRepositoryContract {

    protected abstract PaymentRepository repository();

    /** How the store refuses a second payment order reference on an agreement (a constraint violation). */
    protected abstract Class<? extends RuntimeException> uniqueViolation();

    static Stream<Arguments> payments() {
        return Stream.of(
                Arguments.of("advance on two lines", (Supplier<Payment>) () -> RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-2020-0101", SIGNATURE_DATE.plusDays(14))),
                Arguments.of("advance without reference", (Supplier<Payment>) () -> RunningScenarios.advanceWithoutReference(SEED_AGREEMENT_ID, SIGNATURE_DATE)),
                Arguments.of("instalment n° 2 (V5)", (Supplier<Payment>) () -> RunningScenarios.instalmentOnTwoLines(SEED_AGREEMENT_ID, "M-2020-0103", SIGNATURE_DATE.plusDays(120))),
                Arguments.of("cancelled", (Supplier<Payment>) () -> RunningScenarios.cancelledAdvance(SEED_AGREEMENT_ID, "M-2020-0102")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payments")
    void a_new_payment_is_stored_at_version_0_and_read_back_field_by_field(String name, Supplier<Payment> scenario) {
        Payment payment = scenario.get();

        Versioned<Payment> saved = repository().save(Versioned.newAggregate(payment));
        Versioned<Payment> loaded = repository().findById(payment.id()).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).isNotSameAs(payment).usingRecursiveComparison().isEqualTo(payment);
    }

    @Test
    void a_cancellation_is_stored_and_the_version_moves_on() {
        Payment payment = RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", SIGNATURE_DATE);
        Versioned<Payment> saved = repository().save(Versioned.newAggregate(payment));
        Versioned<Payment> loaded = repository().findById(payment.id()).orElseThrow();
        loaded.value().cancel("Doublon", "comptable", SIGNATURE_DATE.plusDays(1));

        Versioned<Payment> updated = repository().save(loaded);

        assertThat(updated.version()).isEqualTo(saved.version() + 1);
        Versioned<Payment> reloaded = repository().findById(payment.id()).orElseThrow();
        assertThat(reloaded.version()).isEqualTo(updated.version());
        assertThat(reloaded.value().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(reloaded.value()).usingRecursiveComparison().isEqualTo(loaded.value());
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        Payment payment = RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", SIGNATURE_DATE);
        repository().save(Versioned.newAggregate(payment));
        Versioned<Payment> first = repository().findById(payment.id()).orElseThrow();
        Versioned<Payment> second = repository().findById(payment.id()).orElseThrow();
        first.value().cancel("Doublon", "comptable.a", SIGNATURE_DATE.plusDays(1));
        second.value().cancel("Erreur", "comptable.b", SIGNATURE_DATE.plusDays(2));
        repository().save(first);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(payment.id()).orElseThrow().value().cancelledBy()).contains("comptable.a");
    }

    @Test
    void a_version_never_stored_or_an_id_stored_twice_is_refused() {
        Payment payment = RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", SIGNATURE_DATE);

        assertThatThrownBy(() -> repository().save(Versioned.of(payment, 4))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(payment.id())).isEmpty();
        repository().save(Versioned.newAggregate(payment));
        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(payment))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void what_a_caller_changes_without_saving_is_not_stored() {
        Payment payment = RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", SIGNATURE_DATE);
        repository().save(Versioned.newAggregate(payment));

        repository().findById(payment.id()).orElseThrow().value().cancel("Doublon", "comptable", SIGNATURE_DATE);

        assertThat(repository().findById(payment.id()).orElseThrow().value().status()).isEqualTo(PaymentStatus.RECORDED);
    }

    @Test
    void the_payments_of_an_agreement_come_oldest_value_date_first_cancelled_ones_included() {
        Payment late = RunningScenarios.advanceWithoutReference(SEED_AGREEMENT_ID, SIGNATURE_DATE.plusDays(30));
        Payment cancelled = RunningScenarios.cancelledAdvance(SEED_AGREEMENT_ID, "M-2");
        Payment early = RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", SIGNATURE_DATE);
        Payment otherAgreement = RunningScenarios.advanceOnTwoLines(OTHER_AGREEMENT_ID, "M-1", SIGNATURE_DATE);
        Stream.of(late, cancelled, early, otherAgreement).forEach(p -> repository().save(Versioned.newAggregate(p)));

        assertThat(repository().findByAgreement(SEED_AGREEMENT_ID)).extracting(v -> v.value().id())
                .containsExactly(early.id(), cancelled.id(), late.id());
        assertThat(repository().findByAgreement(OTHER_AGREEMENT_ID)).extracting(v -> v.value().id()).containsExactly(otherAgreement.id());
        assertThat(repository().findByAgreement(RunningScenarios.otherAgreement().id())).hasSize(1);
        assertThat(repository().findById(PaymentId.newId())).isEmpty();
    }

    @Test
    void v3_a_payment_order_reference_is_used_once_per_agreement_cancelled_payments_included() {
        repository().save(Versioned.newAggregate(RunningScenarios.cancelledAdvance(SEED_AGREEMENT_ID, "M-2020-0101")));

        assertThat(repository().existsByOrderReference(SEED_AGREEMENT_ID, PaymentOrderReference.of("M-2020-0101"))).isTrue();
        assertThat(repository().existsByOrderReference(SEED_AGREEMENT_ID, PaymentOrderReference.of("M-2020-0102"))).isFalse();
        assertThat(repository().existsByOrderReference(OTHER_AGREEMENT_ID, PaymentOrderReference.of("M-2020-0101"))).isFalse();
        Payment again = RunningScenarios.advanceWithoutReference(SEED_AGREEMENT_ID, SIGNATURE_DATE);
        Payment sameReference = RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-2020-0101", SIGNATURE_DATE);
        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(sameReference))).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(sameReference.id())).isEmpty();
        repository().save(Versioned.newAggregate(again));
        repository().save(Versioned.newAggregate(RunningScenarios.advanceOnTwoLines(OTHER_AGREEMENT_ID, "M-2020-0101", SIGNATURE_DATE)));
        assertThat(repository().findByAgreement(SEED_AGREEMENT_ID)).hasSize(2);
    }
}
