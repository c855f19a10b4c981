package fr.conventio.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryOrderTest {

    private static final FunderId METROPOLE = FunderId.of("00000000-0000-0000-0000-00000000a4b0");
    private static final AgreementId AGREEMENT = AgreementId.of("00000000-0000-0000-0000-000000002020");
    private static final LocalDate ISSUED_ON = LocalDate.of(2021, 9, 1);

    /** The seed settled at 70 % of the forecast: 8 000,00 € overpaid. */
    private static RecoveryClaim overpaid8000() {
        Settlement settlement = SettlementPolicy.settle(Amount.of(80_000), Amount.of(1_040_335), Amount.of("728234.50"), Amount.of(64_000));
        return settlement.recoveryClaim().orElseThrow();
    }

    private static RecoveryOrder issued() {
        return RecoveryOrder.issue(RecoveryOrderId.newId(), METROPOLE, AGREEMENT, RecoveryOrderNumber.of(2021, 1),
                overpaid8000(), Amount.of("8000.00"), ISSUED_ON);
    }

    @Test
    void a2_overpayment_gives_a_numbered_recovery_order_for_exactly_the_amount() {
        RecoveryOrder order = issued();

        assertThat(order.number()).hasToString("TR-2021-0001");
        assertThat(order.amount()).isEqualTo(Amount.of(8_000));
        assertThat(order.ground()).isEqualTo(RecoveryGround.OVERPAYMENT);
        assertThat(order.status()).isEqualTo(RecoveryOrderStatus.ISSUED);
        assertThat(order.remainingDue()).isEqualTo(Amount.of(8_000));
        assertThat(order.agreementId()).isEqualTo(AGREEMENT);
        assertThat(order.funderId()).isEqualTo(METROPOLE);
    }

    @Test
    void a2_recovery_order_amount_other_than_the_overpayment_is_refused() {
        RecoveryClaim claim = overpaid8000();

        assertThatThrownBy(() -> RecoveryOrder.issue(RecoveryOrderId.newId(), METROPOLE, AGREEMENT, RecoveryOrderNumber.of(2021, 1),
                claim, Amount.of(16_000), ISSUED_ON))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "A2")
                .hasMessageContaining("exactement sur la somme indûment perçue : 8 000,00 € (trop-perçu après liquidation), et non 16 000,00 €");
    }

    @Test
    void a2_tracked_until_paid_in_instalments() {
        RecoveryOrder order = issued();

        order.recordReceipt(Amount.of(3_000), LocalDate.of(2021, 10, 1));
        assertThat(order.status()).isEqualTo(RecoveryOrderStatus.ISSUED);
        assertThat(order.remainingDue()).isEqualTo(Amount.of(5_000));
        assertThat(order.paidOn()).isEmpty();

        order.recordReceipt(Amount.of(5_000), LocalDate.of(2021, 11, 2));
        assertThat(order.status()).isEqualTo(RecoveryOrderStatus.PAID);
        assertThat(order.remainingDue()).isEqualTo(Amount.ZERO);
        assertThat(order.amountReceived()).isEqualTo(Amount.of(8_000));
        assertThat(order.paidOn()).contains(LocalDate.of(2021, 11, 2));
    }

    @Test
    void a2_a_receipt_above_what_remains_is_refused_and_changes_nothing() {
        RecoveryOrder order = issued();
        order.recordReceipt(Amount.of(3_000), LocalDate.of(2021, 10, 1));

        assertThatThrownBy(() -> order.recordReceipt(Amount.of(6_000), LocalDate.of(2021, 10, 2)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("l'encaissement de 6 000,00 € dépasse le reste à recouvrer (5 000,00 €) du titre TR-2021-0001");
        assertThat(order.receipts()).hasSize(1);
        assertThat(order.remainingDue()).isEqualTo(Amount.of(5_000));
    }

    @Test
    void a2_a_paid_order_accepts_no_more_receipts_nor_cancellation() {
        RecoveryOrder order = issued();
        order.recordReceipt(Amount.of(8_000), LocalDate.of(2021, 10, 1));

        assertThatThrownBy(() -> order.recordReceipt(Amount.of(1), LocalDate.of(2021, 10, 2)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("est recouvré");
        assertThatThrownBy(() -> order.cancel("erreur", "ordonnateur", LocalDate.of(2021, 10, 2)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("est recouvré");
        assertThat(order.status()).isEqualTo(RecoveryOrderStatus.PAID);
    }

    @Test
    void a2_cancellation_needs_a_reason() {
        RecoveryOrder order = issued();

        assertThatThrownBy(() -> order.cancel("", "ordonnateur", LocalDate.of(2021, 10, 2)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("motif");
        assertThat(order.status()).isEqualTo(RecoveryOrderStatus.ISSUED);

        order.cancel("remise gracieuse, délibération 2021-77", "ordonnateur", LocalDate.of(2021, 10, 2));
        assertThat(order.status()).isEqualTo(RecoveryOrderStatus.CANCELLED);
        assertThat(order.cancellationReason()).contains("remise gracieuse, délibération 2021-77");
    }

    @Test
    void a2_number_is_sequential_per_year_and_parses_back() {
        RecoveryOrderNumber first = RecoveryOrderNumber.parse("TR-2021-0001");

        assertThat(first).isEqualTo(RecoveryOrderNumber.of(2021, 1));
        assertThat(first.next()).hasToString("TR-2021-0002");
        assertThat(first.next()).isGreaterThan(first);
        assertThatThrownBy(() -> RecoveryOrderNumber.parse("2021-1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RecoveryOrder.issue(RecoveryOrderId.newId(), METROPOLE, AGREEMENT, RecoveryOrderNumber.of(2020, 4),
                overpaid8000(), Amount.of(8_000), ISSUED_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("TR-2020-0004");
    }

    @Test
    void rehydrate_restores_receipts_and_status() {
        RecoveryOrderId id = RecoveryOrderId.newId();
        RecoveryOrder order = RecoveryOrder.rehydrate(id, METROPOLE, AGREEMENT, RecoveryOrderNumber.of(2021, 3), RecoveryGround.TERMINATION_RESTITUTION,
                Amount.of("24218.58"), ISSUED_ON, List.of(new Receipt(Amount.of(10_000), ISSUED_ON.plusDays(3))),
                RecoveryOrderStatus.ISSUED, null, null, null);

        assertThat(order.remainingDue()).isEqualTo(Amount.of("14218.58"));
        assertThat(order.id()).isEqualTo(id);
        assertThat(order.ground()).isEqualTo(RecoveryGround.TERMINATION_RESTITUTION);
    }
}
