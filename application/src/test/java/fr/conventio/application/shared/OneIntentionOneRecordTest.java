package fr.conventio.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentResult;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** One intention, one record: a creating use case given the same submission key twice stores one record and answers the first result. */
class OneIntentionOneRecordTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    @Test
    void registering_an_association_twice_with_one_key_registers_one_and_answers_the_first() {
        AssociationData data = SeedSteps.associationData(AgreementFixtures.seedAssociation());
        SubmissionKey key = SubmissionKey.newKey();

        Saved<AssociationId> first = app.registerAssociation.register(new RegisterAssociationCommand(data, key));
        Saved<AssociationId> replay = app.registerAssociation.register(new RegisterAssociationCommand(data, key));

        assertThat(replay).isEqualTo(first);
        assertThat(app.associations.findAll()).hasSize(1);
    }

    @Test
    void a_new_key_is_a_new_intention() {
        AssociationData data = SeedSteps.associationData(AgreementFixtures.seedAssociation());
        AssociationData noSiret = new AssociationData(data.name(), data.registeredAddress(), data.representative(), null, null,
                data.fiscalYear(), data.annualBudget(), null);

        app.registerAssociation.register(new RegisterAssociationCommand(noSiret, SubmissionKey.newKey()));
        app.registerAssociation.register(new RegisterAssociationCommand(noSiret, SubmissionKey.newKey()));

        assertThat(app.associations.findAll()).hasSize(2);
    }

    @Test
    void creating_a_draft_twice_with_one_key_creates_one_and_answers_the_first() {
        seed.setUpParties();
        SubmissionKey key = SubmissionKey.newKey();

        DraftAgreementSaved first = app.createDraftAgreement.create(new CreateDraftAgreementCommand(seed.seedTerms(), key));
        DraftAgreementSaved replay = app.createDraftAgreement.create(new CreateDraftAgreementCommand(seed.seedTerms(), key));

        assertThat(replay).isEqualTo(first);
        assertThat(app.agreements.findAll(agreement -> true)).hasSize(1);
    }

    @Test
    void a_refused_submission_may_be_corrected_and_sent_again_with_its_key() {
        seed.setUpParties();
        seed.createDraft();
        SubmissionKey key = SubmissionKey.newKey();
        AgreementTerms clash = seed.seedTerms();

        assertThatThrownBy(() -> app.createDraftAgreement.create(new CreateDraftAgreementCommand(clash, key)))
                .isInstanceOf(DuplicateReferenceException.class);
        AgreementTerms corrected = withReference(clash, "ECO-2020-SCS-2");
        DraftAgreementSaved saved = app.createDraftAgreement.create(new CreateDraftAgreementCommand(corrected, key));

        assertThat(app.agreements.findById(saved.agreementId()).orElseThrow().value().reference()).isEqualTo(corrected.reference());
        assertThat(app.agreements.findAll(agreement -> true)).hasSize(2);
    }

    @Test
    void a_reference_differing_only_by_case_or_accents_is_refused_as_a_duplicate() {
        seed.setUpParties();
        seed.createDraft();
        AgreementTerms terms = seed.seedTerms();
        for (String same : List.of("eco-2020-scs", "ÉCO-2020-SCS", "Éco-2020-Scs")) {
            AgreementTerms typed = withReference(terms, same);

            assertThatThrownBy(() -> app.createDraftAgreement.create(new CreateDraftAgreementCommand(typed)))
                    .as(same).isInstanceOf(DuplicateReferenceException.class)
                    .hasMessageContaining("référence : une convention « ECO-2020-SCS » existe déjà")
                    .hasMessageContaining("« " + same + " » ne s'en distingue que par les majuscules ou les accents");
        }
        assertThat(app.agreements.findAll(agreement -> true)).hasSize(1);
    }

    @Test
    void recording_a_payment_twice_with_one_key_records_one_even_though_the_version_moved() {
        seed.signed();
        long version = seed.version();
        SubmissionKey key = SubmissionKey.newKey();
        RecordPaymentCommand command = new RecordPaymentCommand(seed.agreementId(), version, PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(10_000))), SeedSteps.ADVANCE_DATE, null, key);

        RecordPaymentResult first = app.recordPayment.record(command);
        RecordPaymentResult replay = app.recordPayment.record(command);

        assertThat(replay).isEqualTo(first);
        assertThat(app.payments.findByAgreement(seed.agreementId())).hasSize(1);
        assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().version()).isEqualTo(first.agreementVersion());
    }

    private static AgreementTerms withReference(AgreementTerms terms, String reference) {
        return new AgreementTerms(AgreementReference.of(reference), terms.associationId(), terms.signatory(), terms.representative(),
                terms.budgetYear(), terms.object(), terms.programme(), terms.forecastBudget(), terms.subsidy(), terms.paymentTerms());
    }

    // ------------------------------------------------------------------ i9f: every other creating use case

    private fr.conventio.domain.control.AgreementControl control() {
        return app.controls.findByAgreement(seed.agreementId()).orElseThrow().value();
    }

    private fr.conventio.domain.agreement.Agreement agreement() {
        return app.agreements.findById(seed.agreementId()).orElseThrow().value();
    }

    @Test
    void a_formal_notice_sent_twice_with_one_key_is_sent_once_and_the_replay_answers_the_first() {
        seed.signed();
        SubmissionKey key = SubmissionKey.newKey();
        var command = new fr.conventio.application.termination.SendFormalNoticeCommand(seed.agreementId(), seed.version(),
                fr.conventio.domain.termination.Party.FUNDER, LocalDate.of(2020, 3, 15), "RAR 1", "Actions non engagées", key);

        var first = app.sendFormalNotice.send(command);
        var replay = app.sendFormalNotice.send(command);

        assertThat(replay).isEqualTo(first);
        assertThat(control().formalNotices()).hasSize(1);
    }

    @Test
    void a_meeting_recorded_twice_with_one_key_is_recorded_once() {
        seed.signed();
        SubmissionKey key = SubmissionKey.newKey();
        var command = new fr.conventio.application.control.RecordEvaluationMeetingCommand(seed.agreementId(), seed.version(),
                fr.conventio.domain.control.MeetingKind.EVALUATION, LocalDate.of(2020, 6, 1), "Bilan", key);

        var first = app.recordMeeting.record(command);
        var replay = app.recordMeeting.record(command);

        assertThat(replay).isEqualTo(first);
        assertThat(control().meetings()).hasSize(1);
    }

    @Test
    void a_third_party_delegation_recorded_twice_with_one_key_is_recorded_once() {
        seed.signed();
        SubmissionKey key = SubmissionKey.newKey();
        var command = new fr.conventio.application.lifecycle.RecordThirdPartyDelegationCommand(seed.agreementId(), seed.version(),
                "Organisation du salon confiée à l'agence X", LocalDate.of(2020, 3, 1), key);

        var first = app.recordThirdPartyDelegation.record(command);
        var replay = app.recordThirdPartyDelegation.record(command);

        assertThat(replay).isEqualTo(first);
        assertThat(agreement().thirdPartyDelegations()).hasSize(1);
    }

    @Test
    void an_amendment_concluded_twice_with_one_key_is_concluded_once_and_the_replay_answers_its_number_and_changes() {
        seed.signed();
        SubmissionKey key = SubmissionKey.newKey();
        var command = new fr.conventio.application.lifecycle.AmendAgreementCommand(seed.agreementId(), seed.version(),
                fr.conventio.domain.agreement.AmendmentRequest.of(LocalDate.of(2020, 6, 1), "Autre clause")
                        .withOtherChange("Article 7 : logo mis à jour"), key);

        var first = app.amendAgreement.amend(command);
        var replay = app.amendAgreement.amend(command);

        assertThat(replay).isEqualTo(first);
        assertThat(agreement().amendments()).hasSize(1);
    }

    @Test
    void a_funding_decision_recorded_twice_with_one_key_is_recorded_once_and_the_replay_answers_what_it_decided() {
        seed.signed();
        seed.payAdvance();
        SubmissionKey key = SubmissionKey.newKey();
        var command = new fr.conventio.application.control.RecordFundingDecisionCommand(seed.agreementId(), seed.version(),
                fr.conventio.application.control.FundingDecisionAction.REDUCE_SUBSIDY,
                fr.conventio.domain.settlement.FundingDecisionCause.SIGNIFICANT_DELAY, "Retard important du programme",
                Amount.of(5000), LocalDate.of(2020, 6, 1), key);

        var first = app.recordFundingDecision.record(command);
        var replay = app.recordFundingDecision.record(command);

        assertThat(replay).isEqualTo(first);
        assertThat(control().fundingDecisions()).hasSize(1);
    }

    @Test
    void a_recovery_order_issued_twice_with_one_key_is_issued_once_with_one_number_and_its_receipt_recorded_once() {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        app.clock.setToday(LocalDate.of(2021, 6, 30));
        app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new fr.conventio.application.settlement.SettleAgreementCommand(
                seed.agreementId(), seed.version(), Amount.of("728234.50"), LocalDate.of(2021, 6, 15))));
        SubmissionKey key = SubmissionKey.newKey();
        var issue = new fr.conventio.application.settlement.IssueRecoveryOrderCommand(seed.agreementId(), seed.version(),
                fr.conventio.domain.settlement.RecoveryGround.OVERPAYMENT, Amount.of(8000), LocalDate.of(2021, 6, 20), key);

        var first = app.issueRecoveryOrder.issue(issue);
        var replay = app.issueRecoveryOrder.issue(issue);

        assertThat(replay).isEqualTo(first);
        assertThat(app.recoveryOrders.findByAgreement(seed.agreementId())).hasSize(1);

        SubmissionKey receiptKey = SubmissionKey.newKey();
        var receipt = new fr.conventio.application.settlement.RecordRecoveryReceiptCommand(first.orderId(), first.orderVersion(),
                Amount.of(3000), LocalDate.of(2021, 6, 25), receiptKey);
        var received = app.recordRecoveryReceipt.record(receipt);
        var receivedAgain = app.recordRecoveryReceipt.record(receipt);

        assertThat(receivedAgain).isEqualTo(received);
        assertThat(app.recoveryOrders.findByAgreement(seed.agreementId()).getFirst().value().receipts()).hasSize(1);
    }

    @Test
    void a_dry_run_of_a_creating_use_case_claims_no_key_so_the_real_submission_still_records() {
        seed.signed();
        SubmissionKey key = SubmissionKey.newKey();
        var command = new fr.conventio.application.control.RecordEvaluationMeetingCommand(seed.agreementId(), seed.version(),
                fr.conventio.domain.control.MeetingKind.EVALUATION, LocalDate.of(2020, 6, 1), "Bilan", key);

        app.dryRun.dryRun(() -> app.recordMeeting.record(command));
        app.recordMeeting.record(command);

        assertThat(control().meetings()).hasSize(1);
    }
}
