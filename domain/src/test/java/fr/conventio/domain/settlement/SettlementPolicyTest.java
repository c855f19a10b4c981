package fr.conventio.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class SettlementPolicyTest {

    private static final Amount VOTED = Amount.of(80_000);
    private static final Amount FORECAST = Amount.of(1_040_335);
    private static final Amount ADVANCE = Amount.of(64_000);

    @Test
    void a1_underspend_reduces_subsidy_pro_rata_real_at_90_percent() {
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("936301.50"), ADVANCE);

        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("72000.00"));
        assertThat(settlement.balanceDue()).isEqualTo(Amount.of("8000.00"));
        assertThat(settlement.overpayment()).isEqualTo(Amount.ZERO);
        assertThat(settlement.recoveryClaim()).isEmpty();
    }

    @Test
    void a1_underspend_at_70_percent_leaves_an_overpayment_of_8000() {
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("728234.50"), ADVANCE);

        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("56000.00"));
        assertThat(settlement.balanceDue()).isEqualTo(Amount.ZERO);
        assertThat(settlement.overpayment()).isEqualTo(Amount.of("8000.00"));
        assertThat(settlement.isOverpaid()).isTrue();
        assertThat(settlement.recoveryClaim()).contains(new RecoveryClaim(RecoveryGround.OVERPAYMENT, Amount.of(8_000)));
    }

    @Test
    void a1_overspend_never_raises_the_subsidy() {
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("1200000.00"), ADVANCE);

        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("80000.00"));
        assertThat(settlement.balanceDue()).isEqualTo(Amount.of("16000.00"));
        assertThat(settlement.overpayment()).isEqualTo(Amount.ZERO);
    }

    @Test
    void a1_real_equal_to_forecast_keeps_the_subsidy() {
        assertThat(SettlementPolicy.settle(VOTED, FORECAST, FORECAST, ADVANCE).finalSubsidy()).isEqualTo(VOTED);
    }

    @Test
    void a1_pro_rata_is_rounded_half_up_to_the_cent() {
        // 80 000 × 1 000 000 / 1 040 335 = 76 898.3067... ⇒ 76 898.31
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of(1_000_000), ADVANCE);

        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("76898.31"));
        assertThat(settlement.balanceDue()).isEqualTo(Amount.of("12898.31"));
    }

    @Test
    void a1_refuses_a_zero_forecast() {
        assertThatThrownBy(() -> SettlementPolicy.settle(VOTED, Amount.ZERO, Amount.of(10), ADVANCE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("dépenses prévisionnelles");
    }

    @Test
    void a1_refuses_a_paid_amount_above_the_voted_subsidy() {
        assertThatThrownBy(() -> SettlementPolicy.settle(VOTED, FORECAST, FORECAST, Amount.of(90_000)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("90 000,00 €");
    }
}
