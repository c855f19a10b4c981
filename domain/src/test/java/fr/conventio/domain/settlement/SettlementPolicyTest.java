package fr.conventio.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
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

    private static final KeepUnspentClause FIVE_PERCENT = KeepUnspentClause.rate(Rate.ofPercent(5));

    @Test
    void a4_seed_with_a_5_percent_clause_keeps_4000_and_settles_at_76000() {
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("936301.50"), ADVANCE, FIVE_PERCENT);

        assertThat(settlement.proRataSubsidy()).isEqualTo(Amount.of("72000.00"));
        assertThat(settlement.unspent()).isEqualTo(Amount.of("8000.00"));
        assertThat(settlement.kept()).isEqualTo(Amount.of("4000.00"));
        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("76000.00"));
        assertThat(settlement.balanceDue()).isEqualTo(Amount.of("12000.00"));
        assertThat(settlement.overpayment()).isEqualTo(Amount.ZERO);
    }

    @Test
    void a4_without_clause_a1_applies_as_is() {
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("936301.50"), ADVANCE, KeepUnspentClause.none());

        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("72000.00"));
        assertThat(settlement.kept()).isEqualTo(Amount.ZERO);
        assertThat(settlement.balanceDue()).isEqualTo(Amount.of("8000.00"));
    }

    @Test
    void a4_the_association_keeps_at_most_the_unspent_part() {
        // clause of 20 000,00 € but only 8 000,00 € unspent: keeps 8 000,00 €, final = subsidy
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("936301.50"), ADVANCE,
                KeepUnspentClause.amount(Amount.of(20_000)));

        assertThat(settlement.kept()).isEqualTo(Amount.of("8000.00"));
        assertThat(settlement.finalSubsidy()).isEqualTo(VOTED);
    }

    @Test
    void a4_an_amount_clause_caps_what_is_kept() {
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("936301.50"), ADVANCE,
                KeepUnspentClause.amount(Amount.of("2500.50")));

        assertThat(settlement.kept()).isEqualTo(Amount.of("2500.50"));
        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("74500.50"));
    }

    @Test
    void a4_a_rate_limit_is_rounded_down_to_the_cent() {
        // 3,33 % of 1 234,57 € = 41,111181 €: the limit is 41,11 € (a cap, rounded down)
        KeepUnspentClause clause = KeepUnspentClause.rate(Rate.ofPercent("3.33"));
        assertThat(clause.limit(Amount.of("1234.57"))).isEqualTo(Amount.of("41.11"));
        // 0,7 % of 1 234,57 € = 8,64199 €: rounded down to 8,64 €, not up to 8,65 €
        assertThat(KeepUnspentClause.rate(Rate.ofPercent("0.7")).limit(Amount.of("1234.57"))).isEqualTo(Amount.of("8.64"));
    }

    @Test
    void a4_overspent_nothing_is_unspent_and_the_final_subsidy_is_the_subsidy() {
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("1200000.00"), ADVANCE, FIVE_PERCENT);

        assertThat(settlement.unspent()).isEqualTo(Amount.ZERO);
        assertThat(settlement.kept()).isEqualTo(Amount.ZERO);
        assertThat(settlement.finalSubsidy()).isEqualTo(VOTED);
        assertThat(settlement.balanceDue()).isEqualTo(Amount.of("16000.00"));
    }

    @Test
    void a4_at_70_percent_the_kept_part_reduces_the_overpayment() {
        // pro rata 56 000,00 €, unspent 24 000,00 €, kept 4 000,00 €: final 60 000,00 €, overpaid 4 000,00 €
        Settlement settlement = SettlementPolicy.settle(VOTED, FORECAST, Amount.of("728234.50"), ADVANCE, FIVE_PERCENT);

        assertThat(settlement.finalSubsidy()).isEqualTo(Amount.of("60000.00"));
        assertThat(settlement.overpayment()).isEqualTo(Amount.of("4000.00"));
    }
}
