package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.contract.PostgresStore;
import fr.conventio.adapters.persistence.contract.ReadSideApp;

import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_NAME;
import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.DashboardQueries;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.application.dashboard.RecoveryOrderToCollect;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * What every {@link DashboardQueries} answers, the in-memory fake and the PostgreSQL adapter alike, on
 * the real 2020 agreement arranged through the application's use cases: 80 000 € voted (30 000 € on
 * CT1, 50 000 € on CT2), advance cap 80 % = 64 000 €, eligible expenses 1 040 335 €.
 */
public abstract class DashboardQueriesContract {

    static final LocalDate SETTLED_ON = LocalDate.of(2021, 6, 15);

    /** An empty store (repositories) whose data {@link #queries()} reads. */
    protected abstract ReadSideApp.Store emptyStore();

    protected abstract DashboardQueries queries();

    protected ReadSideApp app;

    @BeforeEach
    void newApp() {
        app = new ReadSideApp(emptyStore());
    }

    protected Page<PaymentToMake> payments() {
        return queries().paymentsToMake(PageRequest.of(0, 20, "agreementReference", true));
    }

    protected Page<AgreementAwaitingDecision> awaiting() {
        return queries().agreementsAwaitingDecision(PageRequest.of(0, 20, "decision", true));
    }

    private PaymentToMake seedPayment(PaymentKind kind, String amount) {
        return new PaymentToMake(kind, app.agreementId(), SEED_REFERENCE, SEED_NAME, 2020, Amount.of(amount));
    }

    private AgreementAwaitingDecision seedAwaiting(AwaitedDecision decision, AgreementStage stage, String amount) {
        return new AgreementAwaitingDecision(decision, app.agreementId(), SEED_REFERENCE, SEED_NAME, 2020, stage, Amount.of(amount));
    }

    private void settleWithBalanceDocumentsAccepted(String realExpenses) {
        app.signed();
        app.payFullAdvance();
        app.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        app.settle(realExpenses);
    }

    @Test
    void nothing_on_an_empty_store() {
        assertThat(payments().content()).isEmpty();
        assertThat(payments().totalElements()).isZero();
        assertThat(awaiting().content()).isEmpty();
        assertThat(awaiting().totalElements()).isZero();
    }

    @Test
    void a_draft_awaits_its_approval_then_its_signature_with_the_subsidy_voted() {
        app.setUpParties().createDraft();
        assertThat(awaiting().content()).containsExactly(seedAwaiting(AwaitedDecision.APPROVAL, AgreementStage.DRAFT, "80000.00"));
        assertThat(payments().totalElements()).isZero();

        app.approve();
        assertThat(awaiting().content()).containsExactly(seedAwaiting(AwaitedDecision.SIGNATURE, AgreementStage.APPROVED, "80000"));

        app.sign();
        assertThat(awaiting().totalElements()).isZero();
    }

    @Test
    void after_signing_the_advance_of_64000_is_a_payment_to_make_until_it_is_paid() {
        app.signed();
        assertThat(payments().content()).containsExactly(seedPayment(PaymentKind.ADVANCE, "64000.00"));
        assertThat(payments().totalElements()).isEqualTo(1);
        assertThat(payments().content().getFirst().amount().value().scale()).isEqualTo(2);

        app.payAdvance("M-1", LocalDate.of(2020, 2, 10), new LineCharge(app.ct1(), Amount.of(24_000)));
        assertThat(payments().content()).as("cap minus the advances recorded").containsExactly(seedPayment(PaymentKind.ADVANCE, "40000"));

        app.payAdvance("M-2", LocalDate.of(2020, 2, 17), new LineCharge(app.ct2(), Amount.of(40_000)));
        assertThat(payments().totalElements()).isZero();
        assertThat(payments().content()).isEmpty();

        app.cancelPayments();
        assertThat(payments().content()).as("cancelled payments never count").containsExactly(seedPayment(PaymentKind.ADVANCE, "64000"));
    }

    @Test
    void a_suspended_agreement_awaits_a_decision_and_has_no_payment_to_make_until_resumed() {
        app.signed();
        app.decide(FundingDecisionAction.SUSPEND_PAYMENTS, null, LocalDate.of(2020, 3, 1));

        assertThat(awaiting().content()).containsExactly(seedAwaiting(AwaitedDecision.SUSPENSION, AgreementStage.SUSPENDED, "80000"));
        assertThat(payments().totalElements()).isZero();

        app.decide(FundingDecisionAction.RESUME_PAYMENTS, null, LocalDate.of(2020, 4, 1));
        assertThat(awaiting().totalElements()).isZero();
        assertThat(payments().content()).containsExactly(seedPayment(PaymentKind.ADVANCE, "64000"));
    }

    @Test
    void the_advance_never_exceeds_the_subsidy_in_force_minus_what_is_paid() {
        app.signed();
        app.payAdvance("M-1", LocalDate.of(2020, 2, 10), new LineCharge(app.ct1(), Amount.of(24_000)));

        app.decide(FundingDecisionAction.REDUCE_SUBSIDY, "20000.50", LocalDate.of(2020, 3, 1));

        assertThat(payments().content()).as("min(64 000 − 24 000, 80 000 − 20 000,50 − 24 000)")
                .containsExactly(seedPayment(PaymentKind.ADVANCE, "35999.50"));

        app.decide(FundingDecisionAction.RECONSIDER_AMOUNT, "1000", LocalDate.of(2020, 3, 2));
        assertThat(payments().content()).as("a re-examination changes no figure")
                .containsExactly(seedPayment(PaymentKind.ADVANCE, "35999.50"));
    }

    @Test
    void after_settlement_at_936301_50_with_the_three_documents_accepted_the_balance_of_8000_is_to_be_paid() {
        settleWithBalanceDocumentsAccepted("936301.50");

        assertThat(payments().content()).containsExactly(seedPayment(PaymentKind.BALANCE, "8000.00"));
        assertThat(awaiting().totalElements()).isZero();

        app.pay(app.agreementId(), PaymentKind.BALANCE, "M-2021-0042", LocalDate.of(2021, 6, 20),
                new LineCharge(app.ct1(), Amount.of(6_000)), new LineCharge(app.ct2(), Amount.of(2_000)));
        assertThat(payments().totalElements()).isZero();
    }

    @Test
    void the_balance_waits_for_each_of_the_three_balance_documents_accepted_or_waived() {
        app.signed();
        app.payFullAdvance();
        app.receive(ObligationType.FINAL_INCOME_STATEMENT, "compte-rendu.pdf", LocalDate.of(2021, 5, 10));
        app.accept(ObligationType.FINAL_INCOME_STATEMENT, LocalDate.of(2021, 5, 20));
        app.receive(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, "bilan.pdf", LocalDate.of(2021, 5, 10));
        app.settle("936301.50");
        assertThat(payments().totalElements()).as("one document received, not accepted; one missing").isZero();

        app.reject(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, LocalDate.of(2021, 6, 16));
        app.waive(ObligationType.CERTIFIED_LAST_ACCOUNTS, LocalDate.of(2021, 6, 16));
        assertThat(payments().totalElements()).as("one rejected").isZero();

        app.receive(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, "bilan-signé.pdf", LocalDate.of(2021, 6, 17));
        app.accept(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, LocalDate.of(2021, 6, 18));
        assertThat(payments().content()).as("accepted, accepted, waived").containsExactly(seedPayment(PaymentKind.BALANCE, "8000"));
    }

    @Test
    void after_settlement_at_728234_50_the_overpayment_of_8000_awaits_its_recovery_order() {
        settleWithBalanceDocumentsAccepted("728234.50");

        assertThat(awaiting().content()).containsExactly(
                seedAwaiting(AwaitedDecision.RECOVERY_ORDER, AgreementStage.SETTLED, "8000.00"));
        assertThat(payments().totalElements()).as("no balance: the advance exceeds the final subsidy").isZero();

        app.issueOverpaymentRecovery("8000.00");
        assertThat(awaiting().totalElements()).isZero();

        app.cancelLastOrder(LocalDate.of(2021, 6, 21));
        assertThat(awaiting().content()).as("a cancelled recovery order claims nothing").containsExactly(
                seedAwaiting(AwaitedDecision.RECOVERY_ORDER, AgreementStage.SETTLED, "8000"));
    }

    @Test
    void a2_a_repayment_decided_after_settlement_is_owed_back_with_the_overpayment_until_claimed() {
        settleWithBalanceDocumentsAccepted("728234.50");

        app.decide(FundingDecisionAction.DEMAND_REPAYMENT, "3000", LocalDate.of(2021, 6, 16));

        assertThat(awaiting().content()).as("3 000 repayment + overpayment: kept 64 000 − 3 000, less the adjusted 56 000 − 3 000")
                .containsExactly(seedAwaiting(AwaitedDecision.RECOVERY_ORDER, AgreementStage.SETTLED, "11000"));

        app.issueOverpaymentRecovery("8000");
        assertThat(awaiting().content()).as("the repayment still to claim")
                .containsExactly(seedAwaiting(AwaitedDecision.RECOVERY_ORDER, AgreementStage.SETTLED, "3000"));
    }

    @Test
    void the_lists_are_sorted_by_decision_then_reference_paged_and_counted_whole() {
        app.signed();
        AgreementId approved = app.createOtherDraft("B-2020", app.associationId(), AgreementFixtures.YEAR_2020, app.ct1(),
                Amount.of(1_000));
        app.approve(approved);
        for (String reference : new String[] {"D-3", "D-1", "D-2", "a-1"}) {
            app.createOtherDraft(reference, app.associationId(), AgreementFixtures.YEAR_2020, app.ct2(), Amount.of(2_000));
        }
        AgreementId signedToo = app.createOtherDraft("A-2020", app.associationId(), AgreementFixtures.YEAR_2020, app.ct1(),
                Amount.of("1000.01"));
        app.approve(signedToo).sign(signedToo);

        Page<AgreementAwaitingDecision> all = awaiting();
        assertThat(all.content()).extracting(AgreementAwaitingDecision::decision, AgreementAwaitingDecision::agreementReference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AwaitedDecision.APPROVAL, "D-1"),
                        org.assertj.core.groups.Tuple.tuple(AwaitedDecision.APPROVAL, "D-2"),
                        org.assertj.core.groups.Tuple.tuple(AwaitedDecision.APPROVAL, "D-3"),
                        org.assertj.core.groups.Tuple.tuple(AwaitedDecision.APPROVAL, "a-1"),
                        org.assertj.core.groups.Tuple.tuple(AwaitedDecision.SIGNATURE, "B-2020"));
        assertThat(all.content().getLast().amount()).isEqualTo(Amount.of(1_000));

        Page<AgreementAwaitingDecision> second = queries().agreementsAwaitingDecision(PageRequest.of(1, 2, "ignored", false));
        assertThat(second.totalElements()).isEqualTo(5);
        assertThat(second.content()).extracting(AgreementAwaitingDecision::agreementReference).containsExactly("D-3", "a-1");
        Page<AgreementAwaitingDecision> beyond = queries().agreementsAwaitingDecision(PageRequest.of(7, 2, "ignored", true));
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(5);

        assertThat(payments().content()).as("V1: 80 % of 1 000,01 € is 800,008 €, the cap rounded down")
                .extracting(PaymentToMake::agreementReference, PaymentToMake::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-2020", Amount.of("800.00")),
                        org.assertj.core.groups.Tuple.tuple(SEED_REFERENCE, Amount.of(64_000)));
        Page<PaymentToMake> secondPayment = queries().paymentsToMake(PageRequest.of(1, 1, "ignored", true));
        assertThat(secondPayment.totalElements()).isEqualTo(2);
        assertThat(secondPayment.content()).extracting(PaymentToMake::agreementReference).containsExactly(SEED_REFERENCE);
        Page<PaymentToMake> beyondPayments = queries().paymentsToMake(PageRequest.of(3, 1, "ignored", true));
        assertThat(beyondPayments.content()).isEmpty();
        assertThat(beyondPayments.totalElements()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ recovery orders to collect, closed and terminated files

    protected Page<RecoveryOrderToCollect> ordersToCollect() {
        return queries().recoveryOrdersToCollect(PageRequest.of(0, 20, "issuedOn", true));
    }

    @Test
    void a2_an_issued_order_is_to_collect_with_what_is_left_until_it_is_recovered() {
        settleWithBalanceDocumentsAccepted("728234.50");
        assertThat(ordersToCollect().totalElements()).isZero();

        app.issueOverpaymentRecovery("8000");
        Page<RecoveryOrderToCollect> issued = ordersToCollect();
        RecoveryOrder order = app.store().recoveryOrders().findByAgreement(app.agreementId()).getFirst().value();
        assertThat(issued.content()).containsExactly(new RecoveryOrderToCollect(order.id(), order.number(), app.agreementId(),
                SEED_REFERENCE, SEED_NAME, AgreementStage.SETTLED, RecoveryGround.OVERPAYMENT, Amount.of(8_000), Amount.of(8_000),
                LocalDate.of(2021, 6, 20)));
        assertThat(issued.totalElements()).isEqualTo(1);

        app.receiveOnOrder("2999.99", LocalDate.of(2021, 7, 1));
        assertThat(ordersToCollect().content()).extracting(RecoveryOrderToCollect::amount, RecoveryOrderToCollect::remainingDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Amount.of(8_000), Amount.of("5000.01")));

        app.receiveOnOrder("5000.01", LocalDate.of(2021, 7, 2));
        assertThat(ordersToCollect().content()).as("recovered in full").isEmpty();
        assertThat(ordersToCollect().totalElements()).isZero();
        assertThat(awaiting().totalElements()).as("nothing more owed back").isZero();
    }

    @Test
    void a_cancelled_order_is_no_longer_to_collect() {
        settleWithBalanceDocumentsAccepted("728234.50");
        app.issueOverpaymentRecovery("8000");

        app.cancelLastOrder(LocalDate.of(2021, 6, 21));

        assertThat(ordersToCollect().content()).isEmpty();
    }

    @Test
    void t3_a_terminated_agreement_leaves_the_to_do_lists_but_what_it_owes_stays_to_claim_then_to_collect() {
        app.signed();
        app.payFullAdvance();

        app.terminateForBreach(LocalDate.of(2020, 3, 15), false);

        assertThat(payments().totalElements()).as("nothing to pay on a terminated agreement").isZero();
        assertThat(awaiting().content()).as("64 000 received, 80 000 × 106 / 366 = 23 169,40 kept").containsExactly(
                seedAwaiting(AwaitedDecision.RECOVERY_ORDER, AgreementStage.TERMINATED, "40830.60"));
        assertThat(ordersToCollect().totalElements()).isZero();
    }

    @Test
    void t3_the_order_issued_on_termination_is_to_collect_whatever_the_stage() {
        app.signed();
        app.payFullAdvance();

        app.terminateForBreach(LocalDate.of(2020, 3, 15), true);

        assertThat(awaiting().totalElements()).isZero();
        assertThat(ordersToCollect().content()).singleElement().satisfies(order -> {
            assertThat(order.stage()).isEqualTo(AgreementStage.TERMINATED);
            assertThat(order.ground()).isEqualTo(RecoveryGround.TERMINATION_RESTITUTION);
            assertThat(order.remainingDue()).isEqualTo(Amount.of("40830.60"));
            assertThat(order.issuedOn()).isEqualTo(LocalDate.of(2020, 4, 16));
        });
    }

    @Test
    void d2_a_settled_file_with_nothing_open_awaits_its_closure_and_leaves_every_list_once_closed() {
        settleWithBalanceDocumentsAccepted("936301.50");
        app.pay(app.agreementId(), PaymentKind.BALANCE, "M-2021-0042", LocalDate.of(2021, 6, 20),
                new LineCharge(app.ct1(), Amount.of(6_000)), new LineCharge(app.ct2(), Amount.of(2_000)));
        assertThat(awaiting().totalElements()).as("balance paid, obligations still open").isZero();

        app.fulfilEveryObligation(LocalDate.of(2021, 7, 1));
        assertThat(awaiting().content()).as("the final subsidy as adjusted")
                .containsExactly(seedAwaiting(AwaitedDecision.CLOSURE, AgreementStage.BALANCE_PAID, "72000"));

        app.close(LocalDate.of(2021, 7, 2));
        assertThat(awaiting().totalElements()).isZero();
        assertThat(payments().totalElements()).isZero();
        assertThat(ordersToCollect().totalElements()).isZero();
    }

    @Test
    void orders_to_collect_are_listed_oldest_issue_first_paged_and_counted_whole() {
        settleWithBalanceDocumentsAccepted("728234.50");
        app.issueOverpaymentRecovery("8000");
        AgreementId other = app.createOtherDraft("A-2020", app.associationId(), AgreementFixtures.YEAR_2020, app.ct1(), Amount.of(1_000));
        app.approve(other).sign(other);
        app.pay(other, PaymentKind.ADVANCE, "M-A", LocalDate.of(2020, 2, 10), new LineCharge(app.ct1(), Amount.of(800)));
        app.terminateForBreach(other, LocalDate.of(2020, 3, 15), true);

        assertThat(ordersToCollect().content()).as("800 received, 1 000 × 106 / 366 = 289,62 kept")
                .extracting(o -> o.number().toString(), RecoveryOrderToCollect::agreementReference, RecoveryOrderToCollect::remainingDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TR-2020-0001", "A-2020", Amount.of("510.38")),
                        org.assertj.core.groups.Tuple.tuple("TR-2021-0001", SEED_REFERENCE, Amount.of(8_000)));
        Page<RecoveryOrderToCollect> second = queries().recoveryOrdersToCollect(PageRequest.of(1, 1, "ignored", false));
        assertThat(second.content()).extracting(RecoveryOrderToCollect::agreementReference).containsExactly(SEED_REFERENCE);
        assertThat(second.totalElements()).isEqualTo(2);
        Page<RecoveryOrderToCollect> beyond = queries().recoveryOrdersToCollect(PageRequest.of(5, 2, "ignored", true));
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(2);
    }
}
