package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubsidyTest {

    private final BudgetLineId ct1 = BudgetLineId.newId();
    private final BudgetLineId paysAix = BudgetLineId.newId();

    private Subsidy seedSubsidy() {
        return Subsidy.of(Amount.of(80000),
                SubsidyAllocation.of(ct1, "Budget Principal Métropolitain (CT1)", Amount.of(30000)),
                SubsidyAllocation.of(paysAix, "Territoire du Pays d'Aix", Amount.of(50000)));
    }

    @Test
    void b2_share_of_cost_of_seed_is_7_69_percent() {
        Rate share = seedSubsidy().shareOfCost(ForecastBudget.ofEligibleExpenses(Amount.of(1040335)));
        assertThat(share).isEqualTo(Rate.ofPercent("7.69"));
        assertThat(share.percentTwoDecimals()).hasToString("7.69");
    }

    @Test
    void b2_share_is_rounded_half_up_to_two_decimals() {
        // 1 / 3 = 33.333... % → 33.33 ; 2 / 3 = 66.666... % → 66.67
        BudgetLineId line = BudgetLineId.newId();
        assertThat(Subsidy.onSingleLine(line, Amount.of(1)).shareOfCost(ForecastBudget.ofEligibleExpenses(Amount.of(3))))
                .isEqualTo(Rate.ofPercent("33.33"));
        assertThat(Subsidy.onSingleLine(line, Amount.of(2)).shareOfCost(ForecastBudget.ofEligibleExpenses(Amount.of(3))))
                .isEqualTo(Rate.ofPercent("66.67"));
    }

    @Test
    void b2_subsidy_of_zero_is_refused() {
        assertThatThrownBy(() -> Subsidy.onSingleLine(ct1, Amount.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("subvention (montant voté)")
                .hasMessageContaining("strictement positif");
    }

    @Test
    void b3_seed_split_adds_up_and_exposes_each_line() {
        Subsidy subsidy = seedSubsidy();
        assertThat(subsidy.amountOn(ct1)).contains(Amount.of(30000));
        assertThat(subsidy.amountOn(paysAix)).contains(Amount.of(50000));
        assertThat(subsidy.amountOn(BudgetLineId.newId())).isEmpty();
        assertThat(subsidy.budgetLines()).containsExactly(ct1, paysAix);
    }

    @Test
    void b3_split_must_add_up_to_the_cent() {
        assertThatThrownBy(() -> Subsidy.of(Amount.of(80000),
                SubsidyAllocation.of(ct1, null, Amount.of(30000)),
                SubsidyAllocation.of(paysAix, null, Amount.of("49999.99"))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B3")
                .hasMessageContaining("79 999,99 €")
                .hasMessageContaining("80 000,00 €")
                .extracting(e -> ((RuleViolationException) e).ruleId()).isEqualTo("B3");
    }

    @Test
    void b3_split_above_the_subsidy_is_refused_too() {
        assertThatThrownBy(() -> Subsidy.of(Amount.of(80000),
                SubsidyAllocation.of(ct1, null, Amount.of(30000)),
                SubsidyAllocation.of(paysAix, null, Amount.of("50000.01"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("80 000,01 €");
    }

    @Test
    void b3_empty_split_is_refused() {
        assertThatThrownBy(() -> new Subsidy(Amount.of(80000), List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B3")
                .hasMessageContaining("au moins une ligne");
    }

    @Test
    void b3_a_line_appears_once_in_the_split() {
        assertThatThrownBy(() -> Subsidy.of(Amount.of(80000),
                SubsidyAllocation.of(ct1, "CT1", Amount.of(30000)),
                SubsidyAllocation.of(ct1, "CT1", Amount.of(50000))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B3")
                .hasMessageContaining("« CT1 » figure deux fois");
    }

    @Test
    void b3_allocation_of_zero_is_refused() {
        assertThatThrownBy(() -> SubsidyAllocation.of(ct1, null, Amount.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("répartition (montant)");
    }

    @Test
    void b3_same_split_ignores_order() {
        Subsidy reordered = Subsidy.of(Amount.of(80000),
                SubsidyAllocation.of(paysAix, "Territoire du Pays d'Aix", Amount.of(50000)),
                SubsidyAllocation.of(ct1, "Budget Principal Métropolitain (CT1)", Amount.of(30000)));
        assertThat(seedSubsidy().hasSameSplitAs(reordered)).isTrue();
        assertThat(seedSubsidy().hasSameSplitAs(Subsidy.of(Amount.of(80000),
                SubsidyAllocation.of(ct1, "Budget Principal Métropolitain (CT1)", Amount.of(40000)),
                SubsidyAllocation.of(paysAix, "Territoire du Pays d'Aix", Amount.of(40000))))).isFalse();
    }
}
