package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class SubsidyProperties {

    private static List<SubsidyAllocation> allocations(List<Long> cents) {
        List<SubsidyAllocation> split = new ArrayList<>();
        for (int i = 0; i < cents.size(); i++) {
            split.add(SubsidyAllocation.of(new BudgetLineId(new UUID(1, i)), "ligne " + i, Amount.ofCents(cents.get(i))));
        }
        return split;
    }

    private static Amount total(List<Long> cents) {
        return Amount.ofCents(cents.stream().mapToLong(Long::longValue).sum());
    }

    @Property
    void b3_a_split_that_adds_up_is_accepted(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 1, max = 50_000_000) Long> cents) {
        Subsidy subsidy = new Subsidy(total(cents), allocations(cents));
        assertThat(subsidy.split()).hasSize(cents.size());
        assertThat(Amount.sum(subsidy.split().stream().map(SubsidyAllocation::amount).toList())).isEqualTo(subsidy.votedAmount());
    }

    @Property
    void b3_any_one_cent_perturbation_is_refused(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 2, max = 50_000_000) Long> cents,
                                                 @ForAll @IntRange(min = 0, max = 7) int index, @ForAll boolean up) {
        Amount voted = total(cents);
        List<Long> perturbed = new ArrayList<>(cents);
        int i = index % cents.size();
        perturbed.set(i, perturbed.get(i) + (up ? 1 : -1));
        assertThatThrownBy(() -> new Subsidy(voted, allocations(perturbed)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[B3]")
                .hasMessageContaining(voted.toString());
        // perturbing the voted amount instead is refused just the same
        Amount votedPerturbed = up ? voted.plus(Amount.ofCents(1)) : voted.minus(Amount.ofCents(1));
        assertThatThrownBy(() -> new Subsidy(votedPerturbed, allocations(cents)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Property
    void b2_share_of_cost_is_the_same_for_equal_inputs(@ForAll @LongRange(min = 1, max = 100_000_000) long subsidyCents,
                                                       @ForAll @LongRange(min = 0, max = 100_000_000) long extraCents) {
        BudgetLineId line = new BudgetLineId(new UUID(2, 0));
        long expensesCents = subsidyCents + extraCents;
        Subsidy a = Subsidy.onSingleLine(line, Amount.ofCents(subsidyCents));
        Subsidy b = Subsidy.onSingleLine(line, new Amount(Amount.ofCents(subsidyCents).value().setScale(2)));
        ForecastBudget fa = ForecastBudget.ofEligibleExpenses(Amount.ofCents(expensesCents));
        ForecastBudget fb = ForecastBudget.ofEligibleExpenses(Amount.of(Amount.ofCents(expensesCents).value().stripTrailingZeros().toPlainString()));
        assertThat(a).isEqualTo(b);
        assertThat(fa).isEqualTo(fb);
        assertThat(a.shareOfCost(fa)).isEqualTo(b.shareOfCost(fb));
        assertThat(a.shareOfCost(fa).percent().scale()).isLessThanOrEqualTo(2);
        assertThat(a.shareOfCost(fa).percent()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
    }
}
