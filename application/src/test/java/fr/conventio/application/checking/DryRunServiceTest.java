package fr.conventio.application.checking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordFundingDecisionCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentResult;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.IssueRecoveryOrderResult;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.settlement.SettleAgreementResult;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A dry run runs the very use case, returns its result or its refusal, and stores nothing. */
class DryRunServiceTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2021, 7, 1));
    final SeedSteps seed = new SeedSteps(app);

    @BeforeEach
    void signedWithItsAdvance() {
        seed.signed();
        seed.payAdvance();
    }

    @Test
    void a1_the_dry_run_of_a_settlement_previews_it_and_stores_nothing() {
        long version = seed.version();
        Map<String, Object> before = app.snapshot();

        DryRunOutcome<SettleAgreementResult> outcome = app.as(InMemoryConventio.MANAGER, () -> app.dryRun.dryRun(() ->
                app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), version, Amount.of("936301.50"),
                        LocalDate.of(2021, 6, 15)))));

        assertThat(outcome.refusalFound()).isEmpty();
        assertThat(outcome.result().settlement().finalSubsidy()).isEqualTo(Amount.of(72_000));
        assertThat(outcome.result().settlement().balanceDue()).isEqualTo(Amount.of(8_000));
        assertThat(outcome.result().agreementVersion()).isEqualTo(version + 1);
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().value().status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(seed.version()).isEqualTo(version);
    }

    @Test
    void v1_an_advance_over_the_cap_is_refused_by_the_dry_run_naming_the_amount() {
        Map<String, Object> before = app.snapshot();

        DryRunOutcome<RecordPaymentResult> outcome = app.dryRun.dryRun(() -> app.recordPayment.record(new RecordPaymentCommand(
                seed.agreementId(), seed.version(), PaymentKind.ADVANCE, List.of(new LineCharge(seed.paysAix(), Amount.of(1))),
                LocalDate.of(2020, 3, 2), null)));

        assertThat(outcome.refusal()).isInstanceOf(RuleViolationException.class).hasMessageContaining("dépasse le plafond");
        assertThat(((RuleViolationException) outcome.refusal()).field()).isEqualTo(PaymentRequest.AMOUNT);
        assertThat(outcome.result()).isNull();
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_dry_run_on_a_version_no_longer_shown_meets_the_concurrent_update() {
        DryRunOutcome<SettleAgreementResult> outcome = app.as(InMemoryConventio.MANAGER, () -> app.dryRun.dryRun(() ->
                app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version() - 1, Amount.of("936301.50"),
                        LocalDate.of(2021, 6, 15)))));

        assertThat(outcome.refusal()).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_dry_run_claims_no_submission_key_so_the_real_submission_with_that_key_is_recorded_once() {
        InMemoryConventio fresh = new InMemoryConventio(LocalDate.of(2021, 7, 1));
        SeedSteps signed = new SeedSteps(fresh).signed();
        // the dialog draws its key when it opens; the dry run and then the confirmed submission carry the same one
        RecordPaymentCommand advance = new RecordPaymentCommand(signed.agreementId(), signed.version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(signed.ct1(), Amount.of(24_000)), new LineCharge(signed.paysAix(), Amount.of(40_000))),
                SeedSteps.ADVANCE_DATE, PaymentOrderReference.of("M-2020-0101"), SubmissionKey.newKey());

        assertThat(fresh.dryRun.dryRun(() -> fresh.recordPayment.record(advance)).refusalFound()).isEmpty();
        assertThat(fresh.payments.findByAgreement(signed.agreementId())).as("the dry run stored nothing").isEmpty();
        RecordPaymentResult recorded = fresh.recordPayment.record(advance);
        RecordPaymentResult replayed = fresh.recordPayment.record(advance);

        assertThat(fresh.payments.findByAgreement(signed.agreementId())).singleElement()
                .satisfies(payment -> assertThat(payment.value().id()).isEqualTo(recorded.paymentId()));
        assertThat(replayed).isEqualTo(recorded);
    }

    @Test
    void a2_the_dry_run_of_a_recovery_order_takes_no_number() {
        app.as(InMemoryConventio.MANAGER, () -> app.recordFundingDecision.record(new RecordFundingDecisionCommand(seed.agreementId(),
                seed.version(), FundingDecisionAction.REDUCE_SUBSIDY, FundingDecisionCause.SIGNIFICANT_DELAY, "Retard important du programme",
                Amount.of(20_000), LocalDate.of(2020, 9, 1))));
        Map<String, Integer> counters = app.numbering.counters();

        DryRunOutcome<IssueRecoveryOrderResult> outcome = app.as(InMemoryConventio.MANAGER, () -> app.dryRun.dryRun(() ->
                app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(seed.agreementId(), seed.version(),
                        RecoveryGround.FUNDING_DECISION, Amount.of(4_000), LocalDate.of(2020, 9, 15)))));

        assertThat(outcome.refusalFound()).isEmpty();
        assertThat(app.numbering.counters()).isEqualTo(counters);
        IssueRecoveryOrderResult issued = app.as(InMemoryConventio.MANAGER, () -> app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(
                seed.agreementId(), seed.version(), RecoveryGround.FUNDING_DECISION, Amount.of(4_000), LocalDate.of(2020, 9, 15))));
        assertThat(issued.number().toString()).isEqualTo("TR-2020-0001");
    }
}
