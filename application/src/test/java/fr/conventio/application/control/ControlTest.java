package fr.conventio.application.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.UpdateAssociationCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.application.termination.RecordNoticeRemedyCommand;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.TerminateAgreementCommand;
import fr.conventio.application.termination.TerminateAgreementResult;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

class ControlTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 3, 1));
    final SeedSteps seed = new SeedSteps(app);

    @BeforeEach
    void signedAndAdvanced() {
        seed.signed();
        seed.payAdvance();
    }

    private void notice(LocalDate on) {
        app.sendFormalNotice.send(new SendFormalNoticeCommand(seed.agreementId(), seed.version(), Party.FUNDER, on, "RAR 1",
                "Rapport d'étape non transmis"));
    }

    private TerminateAgreementResult terminate(TerminationGround ground, LocalDate on, RestitutionMode restitution) {
        return app.terminateAgreement.terminate(new TerminateAgreementCommand(seed.agreementId(), seed.version(), ground, Party.FUNDER,
                on, restitution, true));
    }

    @Test
    void t1_a_remedied_notice_no_longer_allows_termination() {
        notice(LocalDate.of(2020, 3, 15));
        app.recordNoticeRemedy.record(new RecordNoticeRemedyCommand(seed.agreementId(), seed.version(), 1, LocalDate.of(2020, 3, 30)));
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> terminate(TerminationGround.BREACH_AFTER_NOTICE, LocalDate.of(2020, 7, 1), RestitutionMode.FULL))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "T1").hasMessage("la mise en demeure du 15/03/2020 a été suivie d'effet le 30/03/2020 : elle ne permet plus de résilier");
        assertThat(app.snapshot()).isEqualTo(before);
        assertThatThrownBy(() -> app.recordNoticeRemedy.record(new RecordNoticeRemedyCommand(seed.agreementId(), seed.version(), 1,
                LocalDate.of(2020, 4, 2))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("la mise en demeure n° 1 est déjà régularisée depuis le 30/03/2020");
    }

    @Test
    void t1_termination_for_breach_needs_a_notice() {
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> terminate(TerminationGround.BREACH_AFTER_NOTICE, LocalDate.of(2020, 7, 1), RestitutionMode.FULL))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "T1").hasMessage("une résiliation pour manquement exige une mise en demeure préalable par lettre recommandée");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void t2_dissolution_terminates_at_once_without_restitution_nor_order() {
        TerminateAgreementResult result = terminate(TerminationGround.DISSOLUTION, LocalDate.of(2020, 5, 1), RestitutionMode.NONE);

        assertThat(result.outcome().amountToRestitute()).isEqualTo(Amount.ZERO);
        assertThat(result.recoveryOrderNumber()).isNull();
        assertThat(app.recoveryOrders.findByAgreement(seed.agreementId())).isEmpty();
        assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().value().status()).isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void t3_full_restitution_claims_everything_received() {
        notice(LocalDate.of(2020, 3, 15));

        TerminateAgreementResult result = terminate(TerminationGround.BREACH_AFTER_NOTICE, LocalDate.of(2020, 4, 15), RestitutionMode.FULL);

        assertThat(result.outcome().amountToRestitute()).isEqualTo(Amount.of(64_000));
        assertThat(app.recoveryOrders.findByAgreement(seed.agreementId())).singleElement()
                .satisfies(o -> assertThat(o.value().amount()).isEqualTo(Amount.of(64_000)));
    }

    @Test
    void o8_o9_meetings_are_recorded_with_their_author() {
        app.currentUser.actAs("charge.mission");

        app.recordMeeting.record(new RecordEvaluationMeetingCommand(seed.agreementId(), seed.version(), MeetingKind.FOLLOW_UP,
                LocalDate.of(2020, 6, 10), "Point d'étape : catégories I et II engagées"));
        app.recordMeeting.record(new RecordEvaluationMeetingCommand(seed.agreementId(), seed.version(), MeetingKind.EVALUATION,
                LocalDate.of(2021, 2, 15), "Évaluation : objectifs atteints à 90 %"));

        assertThat(app.controls.findByAgreement(seed.agreementId()).orElseThrow().value().meetings())
                .extracting(MeetingRecord::kind, MeetingRecord::recordedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MeetingKind.FOLLOW_UP, "charge.mission"),
                        org.assertj.core.groups.Tuple.tuple(MeetingKind.EVALUATION, "charge.mission"));
    }

    @Test
    void n2_a_breach_without_commitment_is_refused() {
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.recordRepublicanCommitmentBreach.record(new RecordRepublicanCommitmentBreachCommand(
                seed.agreementId(), seed.version(), LocalDate.of(2019, 10, 1), LocalDate.of(2020, 10, 1))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "N2").hasMessage("aucun contrat d'engagement républicain n'a été souscrit pour cette demande : pas de retrait à ce titre");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void n2_a_breach_on_1_october_withdraws_92_of_366_days_and_the_part_received_is_recoverable() {
        long v = app.associations.findById(seed.associationId()).orElseThrow().version();
        AssociationData data = SeedSteps.associationData(AgreementFixtures.seedAssociation());
        app.updateAssociation.update(new UpdateAssociationCommand(seed.associationId(), v, new AssociationData(data.name(),
                data.registeredAddress(), data.representative(), null, null, null, data.annualBudget(), LocalDate.of(2019, 9, 1))));

        RecordRepublicanCommitmentBreachResult result = app.recordRepublicanCommitmentBreach.record(
                new RecordRepublicanCommitmentBreachCommand(seed.agreementId(), seed.version(), LocalDate.of(2019, 10, 1),
                        LocalDate.of(2020, 10, 1)));

        assertThat(result.withdrawal().daysRemaining()).isEqualTo(92);
        assertThat(result.withdrawal().amountWithdrawn()).isEqualTo(Amount.of("20109.29"));
        assertThat(result.withdrawal().amountToRecover()).isEqualTo(Amount.of("4109.29"));
        var details = app.getAgreement.get(new fr.conventio.application.reading.GetAgreementQuery(seed.agreementId()));
        assertThat(details.subsidyInForce()).isEqualTo(Amount.of("59890.71"));
        assertThat(details.amountToRecover()).isEqualTo(Amount.of("4109.29"));
    }
}
