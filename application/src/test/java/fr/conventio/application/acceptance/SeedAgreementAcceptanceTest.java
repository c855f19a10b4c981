package fr.conventio.application.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.AmendAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementResult;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentResult;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.IssueRecoveryOrderResult;
import fr.conventio.application.settlement.RecordRecoveryReceiptCommand;
import fr.conventio.application.settlement.RecordRecoveryReceiptResult;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.settlement.SettleAgreementResult;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.SendFormalNoticeResult;
import fr.conventio.application.termination.TerminateAgreementCommand;
import fr.conventio.application.termination.TerminateAgreementResult;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.account.OpenItem;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The real 2020 agreement (Métropole Aix-Marseille-Provence / Pôle SCS, 80 000 €) from creation to
 * closure, through the use cases only, on the in-memory fakes. The figures are those of RULES.md.
 */
class SeedAgreementAcceptanceTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    @Test
    void balance_path_create_approve_sign_advance_documents_settle_at_90_percent_balance_8000_then_closed_by_a_manager() {
        seed.setUpParties();
        var draft = seed.createDraft();
        assertThat(draft.requirement().mandatory()).as("D3: 80 000 € > 23 000 €").isTrue();
        seed.approve();
        SignAgreementResult signed = seed.sign();
        assertThat(signed.obligations()).contains(ObligationType.INSURANCE_CERTIFICATE, ObligationType.CERTIFIED_ACCOUNTS,
                ObligationType.AUDITOR_REPORT, ObligationType.FINAL_INCOME_STATEMENT);
        assertThat(signed.paymentDeadline()).as("N1 does not apply: the seed's advance waits for the signature").isNull();
        assertThat(committed(seed.ct1())).isEqualTo(Amount.of(30_000));
        assertThat(committed(seed.paysAix())).isEqualTo(Amount.of(50_000));

        seed.payAdvance();
        assertThat(details().stage()).isEqualTo(AgreementStage.SIGNED);
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));

        SettleAgreementResult settled = app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(),
                Amount.of("936301.50"), LocalDate.of(2021, 6, 15))));
        assertThat(settled.settlement().finalSubsidy()).isEqualTo(Amount.of("72000.00"));
        assertThat(settled.settlement().balanceDue()).isEqualTo(Amount.of("8000.00"));
        assertThat(settled.settlement().overpayment()).isEqualTo(Amount.ZERO);
        assertThat(details().stage()).as("D2: liquidée").isEqualTo(AgreementStage.SETTLED);
        assertThat(details().allowedActions()).contains(AgreementAction.RECORD_BALANCE);
        // B4: the settlement releases the unused 8 000 €: each line keeps what it paid plus its part of the balance
        assertThat(committed(seed.ct1())).isEqualTo(Amount.of(27_000));
        assertThat(committed(seed.paysAix())).isEqualTo(Amount.of(45_000));

        RecordPaymentResult balance = app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(3_000)), new LineCharge(seed.paysAix(), Amount.of(5_000))),
                LocalDate.of(2021, 6, 30), PaymentOrderReference.of("M-2021-0555")));

        AgreementDetails afterBalance = details();
        assertThat(balance.agreementVersion()).isEqualTo(seed.version());
        assertThat(afterBalance.status()).as("D2: the balance payment does not close the file").isEqualTo(AgreementStatus.SETTLED);
        assertThat(afterBalance.stage()).isEqualTo(AgreementStage.BALANCE_PAID);
        assertThat(afterBalance.totalPaid()).isEqualTo(Amount.of("72000.00"));
        assertThat(afterBalance.balanceDue()).isEqualTo(Amount.ZERO);
        assertThat(afterBalance.openItems()).as("the other obligations are still pending").isNotEmpty()
                .allSatisfy(item -> assertThat(item.kind()).isEqualTo(OpenItem.Kind.OBLIGATION));
        assertThatThrownBy(() -> seed.close(LocalDate.of(2021, 7, 1)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("ruleId", "D2").hasMessageContaining("Comptes annuels");
        assertThat(details().status()).isEqualTo(AgreementStatus.SETTLED);

        seed.fulfilEveryObligation(LocalDate.of(2021, 7, 1)).close(LocalDate.of(2021, 7, 2));

        AgreementDetails closed = details();
        assertThat(closed.status()).isEqualTo(AgreementStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2021, 7, 2));
        assertThat(closed.payments()).hasSize(2);
    }

    private Amount committed(fr.conventio.domain.shared.BudgetLineId line) {
        return app.budgetLines.findById(line).orElseThrow().value().committed(BudgetYear.of(2020));
    }

    @Test
    void termination_path_notice_15_march_terminated_1_july_2020_pro_rata_restitution_24218_58() {
        seed.signed();
        seed.payAdvance();
        SendFormalNoticeResult notice = app.sendFormalNotice.send(new SendFormalNoticeCommand(seed.agreementId(), seed.version(),
                Party.FUNDER, LocalDate.of(2020, 3, 15), "RAR 1A 234 567 8901 2", "Actions de la catégorie I non engagées"));
        assertThat(notice.earliestTerminationDate()).isEqualTo(LocalDate.of(2020, 4, 15));

        TerminateAgreementResult terminated = app.terminateAgreement.terminate(new TerminateAgreementCommand(seed.agreementId(),
                seed.version(), TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER, LocalDate.of(2020, 7, 1),
                RestitutionMode.PRO_RATA_TEMPORIS, true));

        assertThat(terminated.outcome().amountKept()).isEqualTo(Amount.of("39781.42"));
        assertThat(terminated.outcome().amountToRestitute()).isEqualTo(Amount.of("24218.58"));
        assertThat(terminated.recoveryOrderNumber()).isEqualTo(RecoveryOrderNumber.of(2020, 1));
        RecoveryOrder order = app.recoveryOrders.findByAgreement(seed.agreementId()).getFirst().value();
        assertThat(order.amount()).isEqualTo(Amount.of("24218.58"));
        assertThat(order.ground()).isEqualTo(RecoveryGround.TERMINATION_RESTITUTION);
        AgreementDetails details = details();
        assertThat(details.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(details.amountToRecover()).as("the order claims it all").isEqualTo(Amount.ZERO);
        assertThat(details.account().lines()).extracting(l -> l.committed()).as("B4: the lines keep what the association keeps")
                .containsExactly(Amount.of("14918.03"), Amount.of("24863.39"));
        assertThat(details.terminationOutcome().amountToRestitute()).isEqualTo(Amount.of("24218.58"));
    }

    private AgreementDetails details() {
        return app.getAgreement.get(new GetAgreementQuery(seed.agreementId()));
    }

    /** Each refusal says why in French and leaves every fake exactly as it was. */
    @Nested
    class Refusals {

        @Test
        void v1_payment_before_signature_is_refused_and_writes_nothing() {
            seed.setUpParties();
            seed.createDraft();
            seed.approve();
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> advance("64000", "M-1"))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "V1").hasMessage("un acompte n'est versé que sur une convention signée ; cette convention est approuvée (non signée)");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        @Test
        void v1_advance_above_64000_is_refused_and_writes_nothing() {
            seed.signed();
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> advance("64000.01", "M-1"))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "V1").hasMessage("l'acompte demandé (64 000,01 €) dépasse le plafond de 80,00 % de la subvention votée (64 000,00 €)");
            assertThat(app.snapshot()).isEqualTo(before);
            assertThat(app.payments.findByAgreement(seed.agreementId())).isEmpty();
        }

        @Test
        void v2_second_balance_is_refused_and_writes_nothing() {
            seed.signed();
            seed.payAdvance();
            seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
            app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("936301.50"),
                    LocalDate.of(2021, 6, 15))));
            balance("8000", "M-2021-0555");
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> balance("8000", "M-2021-0556"))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "V2").hasMessage("le solde de cette convention a déjà été versé : un seul solde est possible");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        @Test
        void m1_amendment_changing_the_object_is_refused_and_writes_nothing() {
            seed.signed();
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                    AmendmentRequest.of(LocalDate.of(2020, 5, 4), "Nouveaux objectifs").withObject(AgreementObject.of("Autre chose")))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "M1").hasMessage("convention ECO-2020-SCS : un avenant ne peut jamais remettre en cause les objectifs généraux"
                            + " définis à l'article 1er (art. 9)");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        @Test
        void p3_amendment_changing_the_beneficiary_is_refused_and_writes_nothing() {
            seed.signed();
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                    AmendmentRequest.of(LocalDate.of(2020, 5, 4), "Transfert").withBeneficiary(AssociationId.newId()))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "P3").hasMessageStartingWith("convention ECO-2020-SCS : un avenant ne peut pas changer d'association bénéficiaire");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        @Test
        void t1_termination_before_the_notice_period_is_refused_and_writes_nothing() {
            seed.signed();
            seed.payAdvance();
            app.sendFormalNotice.send(new SendFormalNoticeCommand(seed.agreementId(), seed.version(), Party.FUNDER,
                    LocalDate.of(2020, 3, 15), "RAR 1", "Actions non engagées"));
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> app.terminateAgreement.terminate(new TerminateAgreementCommand(seed.agreementId(), seed.version(),
                    TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER, LocalDate.of(2020, 4, 14), RestitutionMode.PRO_RATA_TEMPORIS, true)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "T1").hasMessage("la résiliation ne peut intervenir qu'un mois après la mise en demeure du 15/03/2020,"
                            + " soit à partir du 15/04/2020 (date d'effet demandée : 14/04/2020)");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        @Test
        void stale_expected_version_is_refused_and_writes_nothing() {
            seed.signed();
            long seen = seed.version();
            seed.payAdvance();
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seen,
                    Amount.of("936301.50"), LocalDate.of(2021, 6, 15)))))
                    .isInstanceOf(ConcurrentUpdateException.class)
                    .hasFieldOrPropertyWithValue("aggregateId", seed.agreementId().toString())
                    .hasMessage("Cet enregistrement (« Convention »)"
                            + " a été modifié entre-temps par un autre utilisateur : rechargez-le avant d'enregistrer à nouveau.");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        @Test
        void a2_recovery_order_for_another_amount_is_refused_and_uses_no_number() {
            seed.signed();
            seed.payAdvance();
            app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("728234.50"),
                    LocalDate.of(2021, 6, 15))));
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(seed.agreementId(), seed.version(),
                    RecoveryGround.OVERPAYMENT, Amount.of("7999.99"), LocalDate.of(2021, 6, 20))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "A2").hasMessage("le titre doit porter exactement sur la somme indûment perçue : 8 000,00 € (trop-perçu après liquidation),"
                            + " et non 7 999,99 €");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        @Test
        void sign_twice_is_refused_by_the_state_and_writes_nothing() {
            seed.signed();
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(seed::sign).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("impossible de signer : elle est à l'état « signée »");
            assertThat(app.snapshot()).isEqualTo(before);
        }

        private RecordPaymentResult advance(String amount, String order) {
            return app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                    List.of(new LineCharge(seed.paysAix(), Amount.of(amount))), LocalDate.of(2020, 2, 17), PaymentOrderReference.of(order)));
        }

        private RecordPaymentResult balance(String amount, String order) {
            return app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                    List.of(new LineCharge(seed.paysAix(), Amount.of(amount))), LocalDate.of(2021, 6, 30), PaymentOrderReference.of(order)));
        }
    }
}
