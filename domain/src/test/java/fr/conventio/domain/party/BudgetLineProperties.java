package fr.conventio.domain.party;

import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FunderId;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class BudgetLineProperties {

    private static final BudgetYear Y2020 = BudgetYear.of(2020);

    @Property
    void b4_committed_plus_remaining_is_the_envelope_for_any_sequence_of_commitments(
            @ForAll @LongRange(min = 0, max = 100_000_000) long envelopeCents,
            @ForAll @Size(max = 30) List<@LongRange(min = 1, max = 20_000_000) Long> amountsCents,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 5) Integer> agreementPicks) {
        BudgetLine line = BudgetLine.create(BudgetLineId.newId(), FunderId.newId(), "CT1", "Budget Principal Métropolitain");
        Amount envelope = Amount.ofCents(envelopeCents);
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
    }
}
