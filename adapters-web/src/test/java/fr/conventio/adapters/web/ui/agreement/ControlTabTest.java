package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.adapters.web.ui.common.AmountField;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

/** "Contrôle et évaluation": formal notice then termination (T1–T3), meetings (O8/O9), funding decisions (A3). */
class ControlTabTest extends AgreementPageTestBase {

    @Test
    void t1_t3_notice_then_termination_refused_before_one_month_then_pro_rata_restitution_24218_58_with_its_order() {
        seed.signed();
        seed.payAdvance();
        app.clock.setToday(LocalDate.of(2020, 3, 15));
        openAs("marie.responsable", "RESPONSABLE");
        tab("Contrôle et évaluation");

        click("control-send-notice");
        type("Référence de la lettre recommandée avec AR", "RAR 1A 234 567 8901 2");
        type("Manquement reproché", "Actions de la catégorie I non engagées");
        submit();
        assertThat(lastNotification()).isEqualTo("Mise en demeure n° 1 enregistrée : résiliation possible à partir du 15/04/2020.");
        assertThat(GridKt._getFormattedRow(grid("notices-grid"), 0).subList(0, 6)).containsExactly("1", "15/03/2020", "Le financeur",
                "RAR 1A 234 567 8901 2", "Actions de la catégorie I non engagées", "15/04/2020");

        click("control-terminate");
        choose(Select.class, "Motif de résiliation", TerminationGround.BREACH_AFTER_NOTICE);
        date("Date d'effet", LocalDate.of(2020, 4, 14));
        submit();
        assertThat(confirmationOpen()).as("refused before any confirmation").isFalse();
        assertThat(dialogProblem()).isEqualTo("la résiliation ne peut intervenir qu'un mois après la mise en demeure du 15/03/2020,"
                + " soit à partir du 15/04/2020 (date d'effet demandée : 14/04/2020)");
        assertThat(dialogOpen()).isTrue();
        assertThat(field(DatePicker.class, "Date d'effet").getValue()).isEqualTo(LocalDate.of(2020, 4, 14));

        date("Date d'effet", LocalDate.of(2020, 7, 1));
        submit();
        assertThat(confirmationText()).contains("ECO-2020-SCS", "01/07/2020", euros("64 000,00"), "Au prorata temporis");
        confirm();
        assertThat(lastNotification()).isEqualTo("Convention résiliée : l'association conserve " + euros("39 781,42")
                + " et doit restituer " + euros("24 218,58") + ". Titre de recettes TR-2020-0001 émis.");
        assertThat(stage()).isEqualTo("Résiliée");
        assertThat(text("termination-kept")).isEqualTo(euros("39 781,42"));
        assertThat(text("termination-to-restitute")).isEqualTo(euros("24 218,58"));
        assertThat(text("termination-order")).isEqualTo("TR-2020-0001");
        assertThat(hasButton("termination-issue-order")).as("the order claims it all").isFalse();
    }

    @Test
    void termination_without_the_order_then_the_recovery_order_is_offered_for_exactly_the_restitution() {
        seed.signed();
        seed.payAdvance();
        app.sendFormalNotice.send(new SendFormalNoticeCommand(seed.agreementId(), seed.version(), Party.FUNDER,
                LocalDate.of(2020, 3, 15), "RAR 1", "Actions non engagées"));
        app.clock.setToday(LocalDate.of(2020, 7, 1));
        openAs("marie.responsable", "RESPONSABLE");
        tab("Contrôle et évaluation");

        click("control-terminate");
        choose(Select.class, "Motif de résiliation", TerminationGround.DISSOLUTION);
        assertThat(field(RadioButtonGroup.class, "Restitution demandée").getValue()).as("T3: no restitution on a T2 ground")
                .isEqualTo(RestitutionMode.NONE);
        choose(Select.class, "Motif de résiliation", TerminationGround.BREACH_AFTER_NOTICE);
        assertThat(field(RadioButtonGroup.class, "Restitution demandée").getValue()).isEqualTo(RestitutionMode.PRO_RATA_TEMPORIS);
        field(Checkbox.class, "Émettre le titre de recettes dans la foulée").setValue(false);
        submitAndConfirm();
        assertThat(lastNotification()).isEqualTo("Convention résiliée : l'association conserve " + euros("39 781,42")
                + " et doit restituer " + euros("24 218,58") + ".");

        click("termination-issue-order");
        assertThat(field(Select.class, "Motif").getValue()).isEqualTo(RecoveryGround.TERMINATION_RESTITUTION);
        assertThat(field(AmountField.class, "Montant du titre").number()).contains(Amount.of("24218.58"));
        submitAndConfirm();
        assertThat(lastNotification()).isEqualTo("Titre de recettes TR-2020-0001 émis pour " + euros("24 218,58") + ".");
        assertThat(hasButton("termination-issue-order")).isFalse();
    }

    @Test
    void o9_evaluation_meeting_is_recorded_with_its_author() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 2, 15));
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Contrôle et évaluation");
        assertThat(hasButton("control-send-notice")).as("a formal notice is a manager's decision").isFalse();
        assertThat(hasButton("control-terminate")).isFalse();

        click("control-record-meeting");
        choose(Select.class, "Nature de la réunion", MeetingKind.EVALUATION);
        type("Compte rendu", "Objectifs atteints à 90 %");
        submit();

        assertThat(lastNotification()).isEqualTo("Réunion d'évaluation du 15/02/2021 enregistrée.");
        assertThat(GridKt._getFormattedRow(grid("meetings-grid"), 0)).containsExactly("Réunion d'évaluation", "15/02/2021",
                "Objectifs atteints à 90 %", "claire.instructrice");
    }

    @Test
    void a3_suspension_then_resumption_changes_the_status_and_a_decision_needs_its_reason() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 5, 4));
        openAs("marie.responsable", "RESPONSABLE");
        tab("Contrôle et évaluation");

        click("control-record-decision");
        assertThat(field(Select.class, "Décision").getValue()).isEqualTo(FundingDecisionAction.SUSPEND_PAYMENTS);
        submit();
        assertThat(_problem()).isEqualTo("Une décision du financeur indique sa cause et son motif.");
        choose(Select.class, "Cause", FundingDecisionCause.SIGNIFICANT_DELAY);
        type("Motif", "Aucune action engagée au 30 avril");
        submit();
        assertThat(confirmationText()).contains("Suspendre les versements", "Retard significatif", "04/05/2020", euros("80 000,00"));
        confirm();
        assertThat(stage()).isEqualTo("Suspendue");
        assertThat(GridKt._getFormattedRow(grid("decisions-grid"), 0).subList(0, 5)).containsExactly("04/05/2020",
                "Suspension des versements", "Retard significatif", "Aucune action engagée au 30 avril", "—");

        click("control-record-decision");
        assertThat(field(Select.class, "Décision").getValue()).isEqualTo(FundingDecisionAction.RESUME_PAYMENTS);
        submit();
        assertThat(lastNotification()).startsWith("Décision « Reprendre les versements » enregistrée : subvention en vigueur "
                + euros("80 000,00"));
        assertThat(stage()).isEqualTo("Signée");
        assertThat(new BigDecimal("0")).isZero();
    }

    private String _problem() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog(), com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("form-problem")).getText();
    }
}
