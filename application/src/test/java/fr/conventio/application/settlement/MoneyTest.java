package fr.conventio.application.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordFundingDecisionCommand;
import fr.conventio.application.control.RecordFundingDecisionResult;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.payment.CancelPaymentCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentResult;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentStatus;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class MoneyTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 3, 1));
    final SeedSteps seed = new SeedSteps(app);

    @BeforeEach
    void signed() {
        seed.signed();
    }

    private RecordPaymentResult advance(String amount, String order) {
        return app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.paysAix(), Amount.of(amount))), LocalDate.of(2020, 3, 2),
                order == null ? null : PaymentOrderReference.of(order)));
    }

    private RecordFundingDecisionResult decide(FundingDecisionAction action, String amount, LocalDate on) {
        return app.recordFundingDecision.record(new RecordFundingDecisionCommand(seed.agreementId(), seed.version(), action,
                FundingDecisionCause.SIGNIFICANT_DELAY, "Retard important du programme", amount == null ? null : Amount.of(amount), on));
    }

    @Test
    void v1_advance_after_signature_is_recorded_and_the_agreement_version_goes_up() {
        long before = seed.version();

        RecordPaymentResult result = advance("30000", "M-1");

        Payment payment = app.payments.findById(result.paymentId()).orElseThrow().value();
        assertThat(payment.amount()).isEqualTo(Amount.of(30_000));
        assertThat(payment.orderReference()).contains(PaymentOrderReference.of("M-1"));
        assertThat(payment.charges()).containsExactly(new LineCharge(seed.paysAix(), Amount.of(30_000)));
        assertThat(payment.valueDate()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(result.agreementVersion()).isEqualTo(before + 1);
        assertThat(app.accounts.findByAgreement(seed.agreementId()).orElseThrow().paid())
                .as("the account's figures are stored with the payment").isEqualTo(Amount.of(30_000));
    }

    @Test
    void v3_the_same_payment_order_is_never_recorded_twice() {
        advance("10000", "M-1");
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> advance("10000", "M-1"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V3").hasMessage("le mandat n° M-1 est déjà enregistré sur cette convention : un versement n'est jamais enregistré deux fois");
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.payments.existsByOrderReference(seed.agreementId(), PaymentOrderReference.of("M-1"))).isTrue();
    }

    @Test
    void v4_a_payment_beyond_the_lines_share_is_refused() {
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(30_001))), LocalDate.of(2020, 3, 2), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V4").hasMessageStartingWith("l'imputation de 30 001,00 €");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_cancelled_payment_records_who_and_frees_the_lines_share() {
        RecordPaymentResult first = advance("50000", "M-1");
        Versioned<Payment> stored = app.payments.findById(first.paymentId()).orElseThrow();
        app.currentUser.actAs("agent.comptable");

        app.cancelPayment.cancel(new CancelPaymentCommand(first.paymentId(), stored.version(), "RIB erroné", LocalDate.of(2020, 3, 5)));

        Payment cancelled = app.payments.findById(first.paymentId()).orElseThrow().value();
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.cancelledBy()).contains("agent.comptable");
        advance("50000", "M-2");
        AccountFigures account = app.accounts.findByAgreement(seed.agreementId()).orElseThrow();
        assertThat(account.paid()).as("the line's share is free again").isEqualTo(Amount.of(50_000));
        assertThat(account.cancelled()).isEqualTo(Amount.of(50_000));
    }

    @Test
    void a3_suspended_payments_refuse_an_advance_until_resumed() {
        RecordFundingDecisionResult suspended = decide(FundingDecisionAction.SUSPEND_PAYMENTS, null, LocalDate.of(2020, 4, 1));
        assertThat(suspended.status()).isEqualTo(AgreementStatus.SUSPENDED);
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> advance("10000", "M-1"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "A3").hasMessage("les versements de cette convention sont suspendus par une décision du financeur : aucun versement ne peut être enregistré");
        assertThat(app.snapshot()).isEqualTo(before);

        RecordFundingDecisionResult resumed = app.recordFundingDecision.record(new RecordFundingDecisionCommand(seed.agreementId(),
                seed.version(), FundingDecisionAction.RESUME_PAYMENTS, null, null, null, LocalDate.of(2020, 5, 1)));
        assertThat(resumed.status()).isEqualTo(AgreementStatus.SIGNED);
        advance("10000", "M-1");
        assertThat(app.payments.findByAgreement(seed.agreementId())).hasSize(1);
        FundingDecision recorded = app.controls.findByAgreement(seed.agreementId()).orElseThrow().value().fundingDecisions().getFirst();
        assertThat(recorded.decidedBy()).isEqualTo("instructeur.test");
        assertThat(recorded.reason()).isEqualTo("Retard important du programme");
    }

    @Test
    void a3_a_reduction_below_what_was_paid_lowers_the_cap_and_makes_the_difference_recoverable() {
        seed.payAdvance();

        RecordFundingDecisionResult reduced = decide(FundingDecisionAction.REDUCE_SUBSIDY, "20000", LocalDate.of(2020, 9, 1));

        assertThat(reduced.subsidyInForce()).isEqualTo(Amount.of(60_000));
        assertThat(reduced.amountToRecover()).isEqualTo(Amount.of(4_000));
        IssueRecoveryOrderResult order = app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(seed.agreementId(), seed.version(),
                RecoveryGround.FUNDING_DECISION, Amount.of(4_000), LocalDate.of(2020, 9, 15)));
        assertThat(order.number().toString()).isEqualTo("TR-2020-0001");
        Map<String, Object> before = app.snapshot();
        assertThatThrownBy(() -> app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(seed.agreementId(), seed.version(),
                RecoveryGround.FUNDING_DECISION, Amount.of(4_000), LocalDate.of(2020, 9, 16))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "A2").hasMessage("convention ECO-2020-SCS : aucune somme n'est à recouvrer au titre « reversement décidé par le financeur »"
                        + " (dû 4 000,00 €, déjà mis en recouvrement 4 000,00 €)");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a1_settled_on_higher_expenses_the_subsidy_stays_80000_and_16000_are_due() {
        seed.payAdvance();

        SettleAgreementResult settled = app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(),
                Amount.of("1200000.00"), LocalDate.of(2021, 6, 15))));

        assertThat(settled.settlement().finalSubsidy()).isEqualTo(Amount.of(80_000));
        assertThat(settled.settlement().balanceDue()).isEqualTo(Amount.of(16_000));
        assertThat(app.accounts.findByAgreement(seed.agreementId()).orElseThrow().balanceDue()).isEqualTo(Amount.of(16_000));
    }

    @Test
    void v2_the_balance_waits_for_the_three_balance_documents() {
        seed.payAdvance();
        app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("936301.50"),
                LocalDate.of(2021, 6, 15))));
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                List.of(new LineCharge(seed.paysAix(), Amount.of(8_000))), LocalDate.of(2021, 6, 30), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V2").hasMessageStartingWith("le solde n'est versé qu'une fois acceptés le compte de résultat final certifié");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void d2_settling_exactly_what_was_paid_leaves_nothing_to_pay_but_the_file_open() {
        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.paysAix(), Amount.of(40_000)), new LineCharge(seed.ct1(), Amount.of(24_000))),
                LocalDate.of(2020, 3, 2), null));

        SettleAgreementResult settled = app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(),
                Amount.of("832268.00"), LocalDate.of(2021, 6, 15))));

        assertThat(settled.settlement().finalSubsidy()).isEqualTo(Amount.of(64_000));
        AccountFigures account = app.accounts.findByAgreement(seed.agreementId()).orElseThrow();
        assertThat(account.balanceDue()).isEqualTo(Amount.ZERO);
        assertThat(account.outstanding()).isEqualTo(Amount.ZERO);
        assertThat(account.closable()).as("the obligations are still pending").isFalse();
        assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().value().status()).isEqualTo(AgreementStatus.SETTLED);
    }

    @Test
    void a3_a_decision_without_reason_is_a_malformed_command() {
        assertThatThrownBy(() -> new RecordFundingDecisionCommand(seed.agreementId(), 0, FundingDecisionAction.REDUCE_SUBSIDY,
                FundingDecisionCause.NON_EXECUTION, "  ", Amount.of(1), LocalDate.of(2020, 4, 1)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("motif de la décision : champ obligatoire");
    }
}
