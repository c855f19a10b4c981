package fr.conventio.adapters.persistence.contract;

import static fr.conventio.adapters.persistence.contract.RunningScenarios.OTHER_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.shared.Amount;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link RecoveryOrderRepository} does (store with the seed's funder, agreement and {@link RunningScenarios#OTHER_AGREEMENT_ID}). */
public abstract class RecoveryOrderRepositoryContract {

    protected abstract RecoveryOrderRepository repository();

    /** How the store refuses a recovery order number used twice by a funder (a constraint violation). */
    protected abstract Class<? extends RuntimeException> uniqueViolation();

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("issued", (Supplier<RecoveryOrder>) () -> RunningScenarios.issuedOrder(SEED_AGREEMENT_ID, 1, "16000.01")),
                Arguments.of("partly paid", (Supplier<RecoveryOrder>) () -> RunningScenarios.partlyPaidOrder(SEED_AGREEMENT_ID, 2)),
                Arguments.of("paid", (Supplier<RecoveryOrder>) () -> RunningScenarios.paidOrder(SEED_AGREEMENT_ID, 3)),
                Arguments.of("cancelled", (Supplier<RecoveryOrder>) () -> RunningScenarios.cancelledOrder(SEED_AGREEMENT_ID, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void every_field_and_the_receipts_are_read_back(String name, Supplier<RecoveryOrder> scenario) {
        RecoveryOrder order = scenario.get();

        Versioned<RecoveryOrder> saved = repository().save(Versioned.newAggregate(order));
        Versioned<RecoveryOrder> loaded = repository().findById(order.id()).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).isNotSameAs(order).usingRecursiveComparison().isEqualTo(order);
        assertThat(loaded.value().receipts()).isEqualTo(order.receipts());
        assertThat(loaded.value().remainingDue()).isEqualTo(order.remainingDue());
    }

    @Test
    void receipts_recorded_later_are_kept_in_order_until_paid() {
        RecoveryOrder order = RunningScenarios.partlyPaidOrder(SEED_AGREEMENT_ID, 1);
        repository().save(Versioned.newAggregate(order));
        Versioned<RecoveryOrder> loaded = repository().findById(order.id()).orElseThrow();
        loaded.value().recordReceipt(order.remainingDue(), LocalDate.of(2021, 12, 1));

        Versioned<RecoveryOrder> saved = repository().save(loaded);

        RecoveryOrder stored = repository().findById(order.id()).orElseThrow().value();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(stored.status()).isEqualTo(RecoveryOrderStatus.PAID);
        assertThat(stored.receipts()).extracting(r -> r.amount()).containsExactly(Amount.of(1000), Amount.of("0.43"), Amount.of("7765.00"));
        assertThat(stored.paidOn()).contains(LocalDate.of(2021, 12, 1));
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        RecoveryOrder order = RunningScenarios.issuedOrder(SEED_AGREEMENT_ID, 1, "300");
        repository().save(Versioned.newAggregate(order));
        Versioned<RecoveryOrder> first = repository().findById(order.id()).orElseThrow();
        Versioned<RecoveryOrder> second = repository().findById(order.id()).orElseThrow();
        first.value().recordReceipt(Amount.of(300), LocalDate.of(2021, 8, 1));
        second.value().recordReceipt(Amount.of(300), LocalDate.of(2021, 8, 2));
        repository().save(first);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(order.id()).orElseThrow().value().receipts()).hasSize(1);
        assertThatThrownBy(() -> repository().save(Versioned.of(RunningScenarios.issuedOrder(SEED_AGREEMENT_ID, 2, "1"), 0)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_number_is_used_once_per_funder() {
        repository().save(Versioned.newAggregate(RunningScenarios.issuedOrder(SEED_AGREEMENT_ID, 7, "10")));
        RecoveryOrder sameNumber = RunningScenarios.issuedOrder(OTHER_AGREEMENT_ID, 7, "20");

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(sameNumber))).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(sameNumber.id())).isEmpty();
    }

    @Test
    void the_orders_of_an_agreement_come_in_number_order_cancelled_ones_included() {
        RecoveryOrder third = RunningScenarios.cancelledOrder(SEED_AGREEMENT_ID, 12);
        RecoveryOrder first = RunningScenarios.issuedOrder(SEED_AGREEMENT_ID, 2, "10");
        RecoveryOrder second = RunningScenarios.paidOrder(SEED_AGREEMENT_ID, 10);
        RecoveryOrder other = RunningScenarios.issuedOrder(OTHER_AGREEMENT_ID, 11, "10");
        Stream.of(third, first, second, other).forEach(o -> repository().save(Versioned.newAggregate(o)));

        assertThat(repository().findByAgreement(SEED_AGREEMENT_ID)).extracting(v -> v.value().number().toString())
                .containsExactly("TR-2021-0002", "TR-2021-0010", "TR-2021-0012");
        assertThat(repository().findByAgreement(OTHER_AGREEMENT_ID)).extracting(v -> v.value().id()).containsExactly(other.id());
        assertThat(repository().findById(RecoveryOrderId.newId())).isEmpty();
    }
}
