package fr.conventio.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.drafting.EditDraftAgreementCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.settlement.SettleAgreementResult;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The operation period (D4) and the keep-unspent clause (A4) through the use cases: draft, signature, amendment, settlement. */
class OperationTermsUseCaseTest {

    private static final DatePeriod FESTIVAL = new DatePeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 7, 15));
    private static final KeepUnspentClause FIVE_PERCENT = KeepUnspentClause.rate(Rate.ofPercent(5));

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    private Agreement stored() {
        return app.agreements.findById(seed.agreementId()).orElseThrow().value();
    }

    private LocalDate due(ObligationType type) {
        return app.obligations.findByAgreement(seed.agreementId()).stream().map(Versioned::value).filter(o -> o.type() == type)
                .map(Obligation::dueDate).findFirst().orElseThrow();
    }

    private void signedWith(DatePeriod period, KeepUnspentClause clause) {
        seed.setUpParties();
        seed.createDraft(seed.seedTermsWith(period, clause));
        seed.approve();
        seed.sign();
    }

    @Test
    void d4_o9_a_festival_ending_15_july_has_its_evaluation_meeting_by_15_september() {
        signedWith(FESTIVAL, null);

        assertThat(stored().operationPeriod()).isEqualTo(FESTIVAL);
        assertThat(due(ObligationType.EVALUATION_MEETING)).isEqualTo(LocalDate.of(2020, 9, 15));
        assertThat(due(ObligationType.COMMUNICATION_PROOF)).isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(due(ObligationType.FINANCIAL_REPORT)).as("O2 still counts from the fiscal year").isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void d4_a4_the_draft_edit_keeps_the_period_and_the_clause() {
        seed.setUpParties();
        seed.createDraft();

        app.editDraftAgreement.edit(new EditDraftAgreementCommand(seed.agreementId(), seed.version(), seed.seedTermsWith(FESTIVAL, FIVE_PERCENT)));

        assertThat(stored().operationPeriod()).isEqualTo(FESTIVAL);
        assertThat(stored().keepUnspentClause()).isEqualTo(FIVE_PERCENT);
    }

    @Test
    void m1_d4_an_amendment_of_the_period_moves_the_obligations_counted_from_the_end_of_the_operation() {
        signedWith(FESTIVAL, null);

        AmendAgreementResult result = app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                AmendmentRequest.of(LocalDate.of(2020, 6, 1), "Prolongation du festival")
                        .withOperationPeriod(new DatePeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31)))));

        assertThat(result.changes()).containsExactly(ChangedElement.OPERATION_PERIOD);
        assertThat(due(ObligationType.EVALUATION_MEETING)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(due(ObligationType.PROGRESS_INFORMATION)).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(due(ObligationType.INSURANCE_CERTIFICATE)).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    @Test
    void a4_the_seed_with_a_5_percent_clause_settles_at_76000_and_12000_are_due() {
        signedWith(null, FIVE_PERCENT);
        seed.payAdvance();

        SettleAgreementResult settled = app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(
                seed.agreementId(), seed.version(), Amount.of("936301.50"), LocalDate.of(2021, 7, 1))));

        assertThat(settled.settlement().proRataSubsidy()).isEqualTo(Amount.of(72_000));
        assertThat(settled.settlement().kept()).isEqualTo(Amount.of(4_000));
        assertThat(settled.settlement().finalSubsidy()).isEqualTo(Amount.of(76_000));
        assertThat(app.accounts.findByAgreement(seed.agreementId()).orElseThrow().balanceDue()).isEqualTo(Amount.of(12_000));
        assertThat(stored().settlement().orElseThrow().finalSubsidy()).isEqualTo(Amount.of(76_000));
    }

    @Test
    void m1_a4_an_amendment_sets_the_clause_and_the_settlement_follows() {
        signedWith(null, null);
        seed.payAdvance();
        app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                AmendmentRequest.of(LocalDate.of(2020, 6, 1), "Clause de conservation").withKeepUnspentClause(KeepUnspentClause.amount(Amount.of(2_000)))));

        SettleAgreementResult settled = app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(
                seed.agreementId(), seed.version(), Amount.of("936301.50"), LocalDate.of(2021, 7, 1))));

        assertThat(settled.settlement().finalSubsidy()).isEqualTo(Amount.of(74_000));
        assertThat(app.accounts.findByAgreement(seed.agreementId()).orElseThrow().balanceDue()).isEqualTo(Amount.of(10_000));
    }
}
