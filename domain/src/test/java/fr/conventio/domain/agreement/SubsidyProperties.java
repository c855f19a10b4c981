package fr.conventio.domain.agreement;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SubsidyProperties {

    /** QuickTheories skips a draw it has already checked (a bound drawn twice), so it draws more. */

    record Perturbation(List<Long> cents, int index, boolean up) {
    }

    record Costs(long subsidyCents, long extraCents) {
    }

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

    @Test
    void b3_a_split_that_adds_up_is_accepted() {
        forAll(lists().of(longsBetween(1, 50_000_000)).ofSizeBetween(1, 8), cents -> {
            Subsidy subsidy = new Subsidy(total(cents), allocations(cents));
            assertThat(subsidy.split()).hasSize(cents.size());
            assertThat(Amount.sum(subsidy.split().stream().map(SubsidyAllocation::amount).toList())).isEqualTo(subsidy.votedAmount());
        });
    }

    @Test
    void b3_any_one_cent_perturbation_is_refused() {
        Gen<Perturbation> perturbations = lists().of(longsBetween(2, 50_000_000)).ofSizeBetween(1, 8)
                .zip(integers().between(0, 7), booleans().all(), Perturbation::new);
        forAll(perturbations, c -> {
            List<Long> cents = c.cents();
            boolean up = c.up();
            Amount voted = total(cents);
            List<Long> perturbed = new ArrayList<>(cents);
            int i = c.index() % cents.size();
            perturbed.set(i, perturbed.get(i) + (up ? 1 : -1));
            assertThatThrownBy(() -> new Subsidy(voted, allocations(perturbed)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("[B3]")
                    .hasMessageContaining(voted.toString());
            // perturbing the voted amount instead is refused just the same
            Amount votedPerturbed = up ? voted.plus(Amount.ofCents(1)) : voted.minus(Amount.ofCents(1));
            assertThatThrownBy(() -> new Subsidy(votedPerturbed, allocations(cents)))
                    .isInstanceOf(RuleViolationException.class);
        });
    }

    @Test
    void b2_share_of_cost_is_the_same_for_equal_inputs() {
        forAll(longsBetween(1, 100_000_000).zip(longsBetween(0, 100_000_000), Costs::new), c -> {
            long subsidyCents = c.subsidyCents();
            BudgetLineId line = new BudgetLineId(new UUID(2, 0));
            long expensesCents = subsidyCents + c.extraCents();
            Subsidy a = Subsidy.onSingleLine(line, Amount.ofCents(subsidyCents));
            Subsidy b = Subsidy.onSingleLine(line, new Amount(Amount.ofCents(subsidyCents).value().setScale(2)));
            ForecastBudget fa = ForecastBudget.ofEligibleExpenses(Amount.ofCents(expensesCents));
            ForecastBudget fb = ForecastBudget.ofEligibleExpenses(Amount.of(Amount.ofCents(expensesCents).value().stripTrailingZeros().toPlainString()));
            assertThat(a).isEqualTo(b);
            assertThat(fa).isEqualTo(fb);
            assertThat(a.shareOfCost(fa)).isEqualTo(b.shareOfCost(fb));
            assertThat(a.shareOfCost(fa).percent().scale()).isLessThanOrEqualTo(2);
            assertThat(a.shareOfCost(fa).percent()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        });
    }


}
