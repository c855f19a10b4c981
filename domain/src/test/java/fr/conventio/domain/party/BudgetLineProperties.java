package fr.conventio.domain.party;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FunderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BudgetLineProperties {

    /** QuickTheories skips a draw it has already checked (a bound drawn twice), so it draws more. */

    private static final BudgetYear Y2020 = BudgetYear.of(2020);

    record Commitments(long envelopeCents, List<Long> amountsCents, List<Integer> agreementPicks) {
    }

    @Test
    void b4_committed_plus_remaining_is_the_envelope_for_any_sequence_of_commitments() {
        Gen<Commitments> cases = longsBetween(0, 100_000_000)
                .zip(lists().of(longsBetween(1, 20_000_000)).ofSizeBetween(0, 30),
                        lists().of(integers().between(0, 5)).ofSizeBetween(0, 30), Commitments::new);
        forAll(cases, c -> {
            List<Long> amountsCents = c.amountsCents();
            List<Integer> agreementPicks = c.agreementPicks();
            BudgetLine line = BudgetLine.create(BudgetLineId.newId(), FunderId.newId(), "CT1", "Budget Principal Métropolitain");
            Amount envelope = Amount.ofCents(c.envelopeCents());
            line.setEnvelope(Y2020, envelope);
            line.markBudgetAdopted(Y2020);
            List<AgreementId> agreements = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> new AgreementId(new UUID(0, i))).toList();

            for (int i = 0; i < amountsCents.size(); i++) {
                AgreementId agreement = agreements.get(agreementPicks.isEmpty() ? 0 : agreementPicks.get(i % agreementPicks.size()));
                Amount before = line.committed(Y2020);
                try {
                    line.commit(Y2020, agreement, Amount.ofCents(amountsCents.get(i)));
                } catch (RuleViolationException refused) {
                    assertThat(line.committed(Y2020)).isEqualTo(before);
                }
                assertThat(line.committed(Y2020).plus(line.remaining(Y2020))).isEqualTo(envelope);
                assertThat(line.committed(Y2020)).isLessThanOrEqualTo(envelope);
            }
            assertThat(Amount.sum(line.commitments().stream().map(BudgetCommitment::amount).toList())).isEqualTo(line.committed(Y2020));
        });
    }


}
