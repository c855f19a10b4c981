package fr.conventio.domain.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RepublicanCommitmentTest {

    private static final RepublicanCommitment SUBSCRIBED = new RepublicanCommitment(LocalDate.of(2022, 11, 3), LocalDate.of(2022, 11, 3));

    @Test
    void n2_breach_on_1_october_2023_withdraws_12602_74_of_50000() {
        RepublicanCommitment.Withdrawal withdrawal = SUBSCRIBED.withdrawalOnBreach(Amount.of(50_000), BudgetYear.of(2023).period(),
                LocalDate.of(2023, 10, 1), Amount.of(50_000));

        assertThat(withdrawal.daysInPeriod()).isEqualTo(365);
        assertThat(withdrawal.daysRemaining()).isEqualTo(92);
        assertThat(withdrawal.amountWithdrawn()).isEqualTo(Amount.of("12602.74"));
        assertThat(withdrawal.amountToRecover()).isEqualTo(Amount.of("12602.74"));
        assertThat(withdrawal.recoveryClaim()).hasValueSatisfying(claim -> {
            assertThat(claim.ground()).isEqualTo(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH);
            assertThat(claim.amountDue()).isEqualTo(Amount.of("12602.74"));
        });
    }

    @Test
    void n2_only_the_withdrawn_part_already_received_is_asked_back() {
        RepublicanCommitment.Withdrawal withdrawal = SUBSCRIBED.withdrawalOnBreach(Amount.of(50_000), BudgetYear.of(2023).period(),
                LocalDate.of(2023, 10, 1), Amount.of(40_000));

        // keeps 37 397,26; received 40 000,00 ⇒ gives back 2 602,74
        assertThat(withdrawal.amountToRecover()).isEqualTo(Amount.of("2602.74"));
    }

    @Test
    void n2_commitment_date_required_for_requests_from_2_january_2022() {
        assertThatThrownBy(() -> new RepublicanCommitment(LocalDate.of(2022, 1, 2), null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "N2")
                .hasMessageContaining("02/01/2022");
        assertThat(new RepublicanCommitment(LocalDate.of(2022, 1, 1), null).optionalCommitmentDate()).isEmpty();
        assertThat(RepublicanCommitment.isRequiredFor(LocalDate.of(2022, 1, 2))).isTrue();
    }

    @Test
    void n2_breach_day_must_fall_in_the_period() {
        assertThatThrownBy(() -> SUBSCRIBED.withdrawalOnBreach(Amount.of(50_000), BudgetYear.of(2023).period(),
                LocalDate.of(2024, 1, 1), Amount.of(50_000)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("01/01/2024");
    }

    @Test
    void n2_breach_on_the_first_day_withdraws_everything_and_on_the_last_day_one_day() {
        assertThat(SUBSCRIBED.withdrawalOnBreach(Amount.of(50_000), BudgetYear.of(2023).period(), LocalDate.of(2023, 1, 1), Amount.ZERO)
                .amountWithdrawn()).isEqualTo(Amount.of(50_000));
        assertThat(SUBSCRIBED.withdrawalOnBreach(Amount.of(50_000), BudgetYear.of(2023).period(), LocalDate.of(2023, 12, 31), Amount.ZERO)
                .amountWithdrawn()).isEqualTo(Amount.of("136.99"));
    }
}
