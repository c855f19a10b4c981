package fr.conventio.domain.party;

import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FunderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

    private static final BudgetYear Y2020 = BudgetYear.of(2020);
    private final AgreementId seed = AgreementId.newId();
    private final AgreementId other = AgreementId.newId();

    private BudgetLine ct1(long envelope) {
        BudgetLine line = BudgetLine.create(BudgetLineId.newId(), FunderId.newId(), "CT1", "Budget Principal Métropolitain");
        line.setEnvelope(Y2020, Amount.of(envelope));
        line.markBudgetAdopted(Y2020);
        return line;
    }

    @Test
    void b4_commitment_consumes_the_envelope() {
        BudgetLine line = ct1(500000);
        line.commit(Y2020, seed, Amount.of(30000));
        assertThat(line.committed(Y2020)).isEqualTo(Amount.of(30000));
        assertThat(line.remaining(Y2020)).isEqualTo(Amount.of(470000));
        assertThat(line.committedFor(Y2020, seed)).contains(Amount.of(30000));
        assertThat(line.remaining(BudgetYear.of(2021))).isEqualTo(Amount.ZERO);
    }

    @Test
    void b4_commit_beyond_what_is_left_is_refused_with_envelope_committed_and_remaining() {
        BudgetLine line = ct1(100000);
        line.commit(Y2020, other, Amount.of(80000));

        assertThatThrownBy(() -> line.commit(Y2020, seed, Amount.of("30000.00")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B4")
                .hasMessageContaining("CT1")
                .hasMessageContaining("30 000,00 €")
                .hasMessageContaining("enveloppe 100 000,00 €")
                .hasMessageContaining("déjà engagé 80 000,00 €")
                .hasMessageContaining("reste 20 000,00 €")
                .extracting(e -> ((RuleViolationException) e).ruleId()).isEqualTo("B4");
        assertThat(line.committed(Y2020)).isEqualTo(Amount.of(80000));
        assertThat(line.committedFor(Y2020, seed)).isEmpty();
    }

    @Test
    void b4_commit_of_exactly_what_is_left_is_accepted() {
        BudgetLine line = ct1(30000);
        line.commit(Y2020, seed, Amount.of(30000));
        assertThat(line.remaining(Y2020)).isEqualTo(Amount.ZERO);
    }

    @Test
    void b4_commit_on_a_year_whose_budget_is_not_adopted_is_refused() {
        BudgetLine line = BudgetLine.create(BudgetLineId.newId(), FunderId.newId(), "CT1", "Budget Principal Métropolitain");
        line.setEnvelope(Y2020, Amount.of(500000));
        assertThat(line.budgetAdopted(Y2020)).isFalse();

        assertThatThrownBy(() -> line.commit(Y2020, seed, Amount.of(30000)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B4")
                .hasMessageContaining("budget 2020")
                .hasMessageContaining("pas encore adopté");
        assertThat(line.committed(Y2020)).isEqualTo(Amount.ZERO);

        line.markBudgetAdopted(Y2020);
        line.commit(Y2020, seed, Amount.of(30000));
        assertThat(line.committed(Y2020)).isEqualTo(Amount.of(30000));
    }

    @Test
    void b4_recommitting_the_same_agreement_replaces_its_amount() {
        BudgetLine line = ct1(50000);
        line.commit(Y2020, seed, Amount.of(30000));
        line.commit(Y2020, other, Amount.of(20000));
        line.commit(Y2020, seed, Amount.of(25000));
        assertThat(line.committed(Y2020)).isEqualTo(Amount.of(45000));
        assertThatThrownBy(() -> line.commit(Y2020, seed, Amount.of("30000.01")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reste 5 000,00 €");
        assertThat(line.committedFor(Y2020, seed)).contains(Amount.of(25000));
    }

    @Test
    void b4_zero_commitment_is_refused() {
        BudgetLine line = ct1(50000);
        assertThatThrownBy(() -> line.commit(Y2020, seed, Amount.ZERO))
                .hasMessageContaining("strictement positif");
        assertThat(line.commitments()).isEmpty();
    }

    @Test
    void b4_envelope_cannot_go_below_what_is_committed() {
        BudgetLine line = ct1(500000);
        line.commit(Y2020, seed, Amount.of(30000));
        assertThatThrownBy(() -> line.setEnvelope(Y2020, Amount.of(29999)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B4")
                .hasMessageContaining("29 999,00 €")
                .hasMessageContaining("30 000,00 €");
        assertThat(line.envelope(Y2020)).isEqualTo(Amount.of(500000));
        line.setEnvelope(Y2020, Amount.of(30000));
        assertThat(line.remaining(Y2020)).isEqualTo(Amount.ZERO);
    }

    @Test
    void b4_release_frees_the_commitment() {
        BudgetLine line = ct1(500000);
        line.commit(Y2020, seed, Amount.of(30000));
        assertThat(line.release(Y2020, seed)).isEqualTo(Amount.of(30000));
        assertThat(line.remaining(Y2020)).isEqualTo(Amount.of(500000));
        assertThatThrownBy(() -> line.release(Y2020, seed))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("aucun engagement");
    }

    @Test
    void rehydrate_restores_envelopes_adoption_and_commitments() {
        BudgetLine original = ct1(500000);
        original.commit(Y2020, seed, Amount.of(30000));
        BudgetLine copy = BudgetLine.rehydrate(original.id(), original.funderId(), original.code(), original.label(),
                original.envelopes(), original.adoptedYears(), original.commitments());
        assertThat(copy.remaining(Y2020)).isEqualTo(Amount.of(470000));
        assertThat(copy.budgetAdopted(Y2020)).isTrue();
        assertThat(copy.commitments()).isEqualTo(original.commitments());
    }

    @Test
    void b4_rehydrate_refuses_commitments_beyond_the_envelope() {
        assertThatThrownBy(() -> BudgetLine.rehydrate(BudgetLineId.newId(), FunderId.newId(), "CT1", "Budget Principal",
                Map.of(Y2020, Amount.of(10)), Set.of(Y2020), List.of(new BudgetCommitment(Y2020, seed, Amount.of(11)))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B4");
    }
}
