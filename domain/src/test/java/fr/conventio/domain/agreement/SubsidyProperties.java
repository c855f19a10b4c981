package fr.conventio.domain.agreement;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SubsidyProperties {

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

    /**
     * B3 accepts every split that adds up, and keeps it as given: each line with its own amount, in order.
     * (That a split which does not add up is refused is the constructor's own check, shown by the examples
     * of {@code SubsidyTest}.)
     */
    @Test
    void b3_a_split_that_adds_up_is_accepted_and_kept_line_by_line() {
        forAll(lists().of(longsBetween(1, 50_000_000)).ofSizeBetween(1, 8), cents -> {
            List<SubsidyAllocation> split = allocations(cents);

            Subsidy subsidy = new Subsidy(total(cents), split);

            assertThat(subsidy.split()).containsExactlyElementsOf(split);
            for (SubsidyAllocation allocation : split) {
                assertThat(subsidy.amountOn(allocation.budgetLineId())).contains(allocation.amount());
            }
        });
    }

    /**
     * B2: the share of cost is subsidy / eligible expenses as a percentage rounded half-up to two decimals,
     * computed here on whole cents: subsidy × 10 000 = q × expenses + r, rounded up when r / expenses ≥ 1/2.
     */
    @Test
    void b2_the_share_of_cost_is_the_exact_ratio_rounded_half_up_to_two_decimals() {
        Gen<Costs> any = longsBetween(1, 100_000_000).zip(longsBetween(0, 100_000_000), Costs::new);
        // subsidy (2q + 1) × t of expenses 20 000 × t: the exact share ends in half a hundredth of a percent (a tie)
        Gen<Costs> halves = longsBetween(0, 9_999).zip(longsBetween(1, 5_000),
                (q, t) -> new Costs((2 * q + 1) * t, 20_000 * t - (2 * q + 1) * t));
        forAll(Generate.frequency(List.of(Pair.of(4, any), Pair.of(1, halves))), c -> {
            long expensesCents = c.subsidyCents() + c.extraCents();
            BigInteger[] exact = BigInteger.valueOf(c.subsidyCents()).multiply(BigInteger.valueOf(10_000))
                    .divideAndRemainder(BigInteger.valueOf(expensesCents));
            long hundredthsOfAPercent = exact[0].longValueExact()
                    + (exact[1].shiftLeft(1).compareTo(BigInteger.valueOf(expensesCents)) >= 0 ? 1 : 0);
            Subsidy subsidy = Subsidy.onSingleLine(new BudgetLineId(new UUID(2, 0)), Amount.ofCents(c.subsidyCents()));

            Rate share = subsidy.shareOfCost(ForecastBudget.ofEligibleExpenses(Amount.ofCents(expensesCents)));

            assertThat(share.percentTwoDecimals()).isEqualTo(BigDecimal.valueOf(hundredthsOfAPercent, 2));
        });
    }
}
