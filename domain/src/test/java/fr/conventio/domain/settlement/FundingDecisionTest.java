package fr.conventio.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingDecisionTest {

    private static final AgreementId AGREEMENT = AgreementId.of("00000000-0000-0000-0000-000000002020");
    private static final LocalDate ON = LocalDate.of(2020, 10, 5);
    private static final Amount VOTED = Amount.of(80_000);
    private static final Amount PAID = Amount.of(64_000);

    private static FundingDecision decide(FundingDecisionKind kind, Amount amount) {
        return new FundingDecision(AGREEMENT, kind, FundingDecisionCause.NON_EXECUTION, "actions IV et V non réalisées",
                amount, VOTED, PAID, ON, "Vice-Président délégué");
    }

    @Test
    void a3_suspension_is_recorded_with_its_reason_and_suspends_payments() {
        FundingDecision suspension = decide(FundingDecisionKind.SUSPEND_PAYMENTS, null);

        assertThat(suspension.suspendsPayments()).isTrue();
        assertThat(suspension.reason()).isEqualTo("actions IV et V non réalisées");
        assertThat(suspension.subsidyAfter()).isEqualTo(VOTED);
        assertThat(suspension.recoveryClaim()).isEmpty();
    }

    @Test
    void a3_reduction_lowers_the_subsidy_and_below_what_was_paid_gives_an_overpayment() {
        FundingDecision small = decide(FundingDecisionKind.REDUCE_SUBSIDY, Amount.of(10_000));
        FundingDecision big = decide(FundingDecisionKind.REDUCE_SUBSIDY, Amount.of(30_000));

        assertThat(small.subsidyAfter()).isEqualTo(Amount.of(70_000));
        assertThat(small.amountToRecover()).isEqualTo(Amount.ZERO);
        assertThat(big.subsidyAfter()).isEqualTo(Amount.of(50_000));
        assertThat(big.amountToRecover()).isEqualTo(Amount.of(14_000));
        assertThat(big.recoveryClaim()).contains(new RecoveryClaim(RecoveryGround.FUNDING_DECISION, Amount.of(14_000)));
    }

    @Test
    void a3_repayment_demand_is_at_most_what_was_paid() {
        FundingDecision repayment = decide(FundingDecisionKind.DEMAND_REPAYMENT, Amount.of(20_000));

        assertThat(repayment.amountToRecover()).isEqualTo(Amount.of(20_000));
        assertThat(repayment.subsidyAfter()).isEqualTo(Amount.of(60_000));
        assertThatThrownBy(() -> decide(FundingDecisionKind.DEMAND_REPAYMENT, Amount.of(70_000)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "A3")
                .hasMessageContaining("le reversement demandé (70 000,00 €) dépasse les sommes déjà versées (64 000,00 €)");
    }

    @Test
    void a3_decision_without_reason_or_amount_is_refused() {
        assertThatThrownBy(() -> new FundingDecision(AGREEMENT, FundingDecisionKind.REDUCE_SUBSIDY, FundingDecisionCause.SIGNIFICANT_DELAY,
                "  ", Amount.of(1_000), VOTED, PAID, ON, "VP"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("motif");
        assertThatThrownBy(() -> decide(FundingDecisionKind.REDUCE_SUBSIDY, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indique son montant");
        assertThatThrownBy(() -> decide(FundingDecisionKind.SUSPEND_PAYMENTS, Amount.of(5)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("ne porte pas de montant");
    }

    @Test
    void a3_reconsidering_changes_no_figure() {
        FundingDecision reconsider = new FundingDecision(AGREEMENT, FundingDecisionKind.RECONSIDER_AMOUNT, FundingDecisionCause.UNAPPROVED_CHANGE,
                "action II confiée à un tiers sans accord (P4)", Amount.of(20_000), VOTED, PAID, ON, "VP");

        assertThat(reconsider.subsidyAfter()).isEqualTo(VOTED);
        assertThat(reconsider.amountToRecover()).isEqualTo(Amount.ZERO);
        assertThat(reconsider.optionalAmount()).contains(Amount.of(20_000));
    }
}
