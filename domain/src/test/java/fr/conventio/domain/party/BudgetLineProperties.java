package fr.conventio.domain.party;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * B4 on random sequences of commitments and adjustments, checked against a plain model of the line (a map
 * of each agreement's commitment): a commitment replaces the agreement's previous one and is accepted
 * exactly when the envelope still holds it once that previous one is given back; a cut or a release is
 * always accepted. ({@code remaining} and {@code committed} are defined from each other and from the
 * commitments: the model, not those definitions, is the reference.)
 */
class BudgetLineProperties {

    private static final BudgetYear Y2020 = BudgetYear.of(2020);
    private static final List<AgreementId> AGREEMENTS = IntStream.range(0, 6).mapToObj(i -> new AgreementId(new UUID(0, i))).toList();

    record Step(int agreement, long amountCents, boolean adjust) {
    }

    record Sequence(long envelopeCents, List<Step> steps) {
    }

    private static Gen<Sequence> sequences() {
        Gen<Step> steps = integers().between(0, AGREEMENTS.size() - 1).zip(longsBetween(0, 20_000_000), integers().between(0, 2),
                (agreement, cents, kind) -> new Step(agreement, kind == 0 ? Math.max(cents, 1) : cents, kind > 0));
        return longsBetween(0, 100_000_000).zip(lists().of(steps).ofSizeBetween(0, 30), Sequence::new);
    }

    @Test
    void b4_commitments_follow_the_model_and_a_refused_one_changes_nothing() {
        forAll(sequences(), c -> {
            BudgetLine line = BudgetLine.create(BudgetLineId.newId(), FunderId.newId(), "CT1", "Budget Principal Métropolitain");
            line.setEnvelope(Y2020, Amount.ofCents(c.envelopeCents()));
            line.markBudgetAdopted(Y2020);
            Map<AgreementId, Long> model = new LinkedHashMap<>();

            for (Step step : c.steps()) {
                AgreementId agreement = AGREEMENTS.get(step.agreement());
                long previous = model.getOrDefault(agreement, 0L);
                long othersCommitted = model.values().stream().mapToLong(Long::longValue).sum() - previous;
                boolean fits = othersCommitted + step.amountCents() <= c.envelopeCents();
                boolean accepted = fits || (step.adjust() && step.amountCents() <= previous);
                List<BudgetCommitment> before = line.commitments();
                try {
                    if (step.adjust()) {
                        line.adjustCommitment(Y2020, agreement, Amount.ofCents(step.amountCents()));
                    } else {
                        line.commit(Y2020, agreement, Amount.ofCents(step.amountCents()));
                    }
                    assertThat(accepted).as("accepted although it does not fit: %s", step).isTrue();
                    if (step.amountCents() == 0) {
                        model.remove(agreement);
                    } else {
                        model.put(agreement, step.amountCents());
                    }
                } catch (RuleViolationException refused) {
                    assertThat(accepted).as("refused although it fits: %s (%s)", step, refused.getMessage()).isFalse();
                    assertThat(line.commitments()).isEqualTo(before);
                }
                for (AgreementId a : AGREEMENTS) {
                    assertThat(line.committedFor(Y2020, a).map(Amount::cents)).isEqualTo(java.util.Optional.ofNullable(model.get(a)));
                }
                assertThat(line.committed(Y2020).cents()).isEqualTo(model.values().stream().mapToLong(Long::longValue).sum());
            }
        });
    }
}
