package fr.conventio.adapters.web.ui.agreement;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import fr.conventio.adapters.web.ui.common.AmountField;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationCommand;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentStatus;
import fr.conventio.domain.shared.Amount;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** "Versements": the payment dialog's pre-fill and checks, the refusals of the use case, cancellation, roles, stale versions. */
class PaymentsTabTest extends AgreementPageTestBase {

    @Test
    void v1_advance_of_70000_is_refused_with_the_french_message_and_the_dialog_keeps_what_was_typed() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");

        amount("Montant du versement", "70000");
        assertThat(charge(0).number()).as("the charges proposed stay as they were").contains(Amount.of("24000.00"));
        _setValue(charge(0), "26 250");
        _setValue(charge(1), "43750");
        assertThat(text("payment-total")).isEqualTo("Total imputé : " + euros("70 000,00"));
        type("Numéro de mandat", "M-2020-0101");
        submit();

        assertThat(confirmationOpen()).as("refused before any confirmation").isFalse();
        AmountField amountField = field(AmountField.class, "Montant du versement");
        assertThat(amountField.isInvalid()).as("the refusal is shown on the amount").isTrue();
        assertThat(amountField.getErrorMessage())
                .isEqualTo("l'acompte demandé (70 000,00 €) dépasse le plafond de 80,00 % de la subvention votée (64 000,00 €)");
        assertThat(dialogOpen()).isTrue();
        assertThat(field(AmountField.class, "Montant du versement").number()).contains(Amount.of("70000"));
        assertThat(field(TextField.class, "Numéro de mandat").getValue()).isEqualTo("M-2020-0101");
        assertThat(app.payments.findByAgreement(seed.agreementId())).isEmpty();
    }

    @Test
    void v1_v4_after_a_first_advance_of_30000_the_dialog_proposes_what_the_account_says_34000_on_what_each_line_has_left() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(10_000)), new LineCharge(seed.paysAix(), Amount.of(20_000))),
                SeedSteps.ADVANCE_DATE, PaymentOrderReference.of("M-2020-0100")));
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        assertThat(text("payments-advance-available")).isEqualTo(euros("34 000,00"));
        assertThat(text("payments-paid")).isEqualTo(euros("30 000,00"));

        click("payments-record");
        AmountField amount = field(AmountField.class, "Montant du versement");
        assertThat(amount.number()).contains(Amount.of("34000.00"));
        assertThat(amount.getValue()).as("the field shows the amount as figures are shown").isEqualTo("34\u00A0000,00");
        assertThat(amount.getHelperText()).startsWith("Proposé par le compte de la convention : " + euros("34 000,00") + ".");
        assertThat(charge(0).getLabel()).isEqualTo("Imputation sur Budget Principal Métropolitain (CT1) (part : " + euros("30 000,00")
                + ", déjà versé : " + euros("10 000,00") + ")");
        assertThat(charge(0).number()).as("20 000 left of 30 000 on CT1").contains(Amount.of("13600.00"));
        assertThat(charge(1).number()).as("30 000 left of 50 000 on the Pays d'Aix line").contains(Amount.of("20400.00"));
        assertThat(details().proposedAdvance()).extracting(LineCharge::amount).containsExactly(Amount.of(13_600), Amount.of(20_400));
        assertThat(text("payment-total")).isEqualTo("Total imputé : " + euros("34 000,00"));
    }

    @Test
    void a_negative_amount_or_more_than_two_decimals_is_a_french_error_on_the_field_and_nothing_is_sent() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");

        amount("Montant du versement", "-5");
        _expectInvalid(field(AmountField.class, "Montant du versement"),
                "Montant du versement : pas de signe moins, un montant ou un taux ne peut pas être négatif.");
        amount("Montant du versement", "12,345");
        _expectInvalid(field(AmountField.class, "Montant du versement"),
                "Montant du versement : au plus deux chiffres après la virgule (les centimes), par exemple 12,34.");
        submit();

        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).isEmpty();
        assertThat(notifications()).isEmpty();
        assertThat(dialogOpen()).isTrue();
    }

    @Test
    void the_charges_total_is_live_and_must_equal_the_amount() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");

        _setValue(charge(0), "23 000");
        assertThat(text("payment-total")).isEqualTo("Total imputé : " + euros("63 000,00"));
        submit();

        assertThat(_get(dialog(), Div.class, spec -> spec.withClasses("form-problem")).getText())
                .isEqualTo("Le total des imputations (" + euros("63 000,00") + ") doit être égal au montant du versement ("
                        + euros("64 000,00") + ").");
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).isEmpty();
    }

    @Test
    void a_payment_order_is_cancelled_with_its_reason_and_stops_counting() {
        seed.signed();
        seed.payAdvance();
        app.clock.setToday(LocalDate.of(2020, 2, 20));
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        assertThat(text("payments-paid")).isEqualTo(euros("64 000,00"));

        clickInRow("payments-grid", 0, "Annuler le mandat");
        submit();
        _expectInvalid(_get(dialog(), com.vaadin.flow.component.textfield.TextArea.class, s -> s.withLabel("Motif de l'annulation")),
                "Motif de l'annulation : champ obligatoire");
        type("Motif de l'annulation", "RIB erroné");
        submit();
        assertThat(confirmationText()).contains("Acompte " + euros("64 000,00") + " (17/02/2020)");
        confirm();

        assertThat(lastNotification()).isEqualTo("Versement Acompte " + euros("64 000,00") + " (17/02/2020) annulé.");
        var grid = this.<AgreementDetails.PaymentLine>grid("payments-grid");
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cellText(grid, 0, "status")).isEqualTo("Annulé");
        assertThat(GridKt._getFormattedRow(grid, 0).get(6)).startsWith("Annulé le ").contains("paul.finances", "RIB erroné");
        assertThat(text("figure-paid")).isEqualTo(euros("0,00"));
    }

    @Test
    void a_stale_version_shows_the_concurrency_message_and_reload_keeps_the_input() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");
        type("Numéro de mandat", "M-2020-0101");
        // meanwhile, a colleague changes the agreement
        app.recordThirdPartyDelegation.record(new RecordThirdPartyDelegationCommand(seed.agreementId(), seed.version(),
                "Captation vidéo confiée à un prestataire", LocalDate.of(2020, 2, 10)));

        submit();

        String stale = "Cet enregistrement (« Convention »)"
                + " a été modifié entre-temps par un autre utilisateur : rechargez-le avant d'enregistrer à nouveau.";
        assertThat(confirmationOpen()).as("found by the check before any confirmation").isFalse();
        assertThat(staleWarning()).startsWith(stale);
        assertThat(dialogOpen()).isTrue();
        assertThat(_get(dialog(), Div.class, spec -> spec.withClasses("stale-warning")).getElement().getTextRecursively()).startsWith(stale);
        assertThat(app.payments.findByAgreement(seed.agreementId())).isEmpty();

        click("dialog-reload");
        assertThat(field(TextField.class, "Numéro de mandat").getValue()).isEqualTo("M-2020-0101");
        assertThat(field(AmountField.class, "Montant du versement").number()).contains(Amount.of("64000"));
        submitAndConfirm();

        assertThat(lastNotification()).isEqualTo("Acompte de " + euros("64 000,00") + " enregistré.");
        assertThat(app.payments.findByAgreement(seed.agreementId())).hasSize(1);
    }

    @Test
    void a_stale_version_tells_who_changed_the_agreement_when_and_what() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");
        type("Numéro de mandat", "M-2020-0101");
        // meanwhile, a colleague changes the agreement, and the trail records it
        app.recordThirdPartyDelegation.record(new RecordThirdPartyDelegationCommand(seed.agreementId(), seed.version(),
                "Captation vidéo confiée à un prestataire", LocalDate.of(2020, 2, 10)));
        java.util.Map<String, fr.conventio.application.reading.AuditChange> changes = new java.util.LinkedHashMap<>();
        changes.put("thirdPartyDelegations", new fr.conventio.application.reading.AuditChange("0", "1"));
        changes.put("subsidy", new fr.conventio.application.reading.AuditChange("80000.00", "72000.00"));
        app.auditTrailQueries.record(seed.agreementId(), new fr.conventio.application.reading.AuditEntry(
                java.time.Instant.parse("2020-02-10T09:30:00Z"), "marie.responsable", "AGREEMENT", seed.agreementId().toString(),
                "UPDATE", changes));

        submit();
        assertThat(confirmationOpen()).as("found by the check before any confirmation").isFalse();

        assertThat(dialogOpen()).isTrue();
        String change = _get(dialog(), Paragraph.class, spec -> spec.withClasses("stale-change")).getText();
        assertThat(change).isEqualTo("Dernière modification par marie.responsable le 10/02/2020 10:30 (Convention, Modification) :"
                + " Nombre de délégations à des tiers : 0 → 1 ; Subvention votée : 80\u00A0000,00\u00A0€ → 72\u00A0000,00\u00A0€");
        assertThat(_get(dialog(), Div.class, spec -> spec.withClasses("stale-warning")).getElement().getTextRecursively())
                .contains("marie.responsable");
        assertThat(field(TextField.class, "Numéro de mandat").getValue()).isEqualTo("M-2020-0101");
        assertThat(app.payments.findByAgreement(seed.agreementId())).isEmpty();
    }

    @Test
    void payments_are_offered_to_finance_only_and_never_to_read_only_staff() {
        seed.signed();
        assertThat(details().allowedActions()).contains(AgreementAction.RECORD_ADVANCE, AgreementAction.SETTLE);
        openAs("lea.lecture", "LECTURE");
        tab("Versements");
        assertThat(hasButton("payments-record")).isFalse();
        assertThat(grid("payments-grid").getColumnByKey("actions")).isNull();
        tab("Synthèse");
        assertThat(_get(Paragraph.class, s -> s.withId("summary-no-action")).getText())
                .isEqualTo("Aucune action ne vous est ouverte sur cette convention pour l'instant.");
        assertThat(hasButton("action-settle")).isFalse();
        assertThat(hasButton("action-record-advance")).isFalse();

        openAs("paul.finances", "FINANCES");
        tab("Versements");
        assertThat(hasButton("payments-record")).isTrue();
        tab("Synthèse");
        assertThat(hasButton("action-record-advance")).isTrue();
        assertThat(hasButton("action-settle")).as("settling is a manager's decision").isFalse();

        openAs("marie.responsable", "RESPONSABLE");
        tab("Versements");
        assertThat(hasButton("payments-record")).as("an advance is left but recording it is the finance department's").isFalse();
        tab("Synthèse");
        assertThat(hasButton("action-settle")).isTrue();
    }

    @Test
    void a_dotted_amount_is_refused_as_typed_and_a_good_one_is_shown_as_figures_once_the_field_is_left() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");
        AmountField amount = field(AmountField.class, "Montant du versement");

        amount("Montant du versement", "180.000");
        com.vaadin.flow.component.ComponentUtil.fireEvent(amount, new com.vaadin.flow.component.BlurNotifier.BlurEvent<>(amount, true));
        assertThat(amount.getValue()).as("never reinterpreted").isEqualTo("180.000");
        _expectInvalid(amount, "Montant du versement : utilisez la virgule pour les centimes et l'espace pour les milliers"
                + " (par exemple 180 000,50), pas de point.");
        submit();
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).isEmpty();

        amount("Montant du versement", "60000");
        com.vaadin.flow.component.ComponentUtil.fireEvent(amount, new com.vaadin.flow.component.BlurNotifier.BlurEvent<>(amount, true));
        assertThat(amount.getValue()).isEqualTo("60\u00A0000,00");
        assertThat(amount.number()).contains(Amount.of(60_000));
    }

    @Test
    void one_click_one_call_the_action_button_is_disabled_while_its_confirmation_is_open_and_enabled_again_when_it_is_cancelled() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");
        type("Numéro de mandat", "M-2020-0101");
        com.vaadin.flow.component.button.Button submit = _get(dialog(), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("dialog-submit"));
        assertThat(submit.isDisableOnClick()).as("disabled in the browser at the click").isTrue();

        com.github.mvysny.kaributesting.v10.ButtonKt._click(submit);
        assertThat(submit.isEnabled()).as("no second click while the confirmation is open").isFalse();
        confirmation();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(confirmation());
        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(submit.isEnabled()).isTrue();
        assertThat(app.payments.findByAgreement(seed.agreementId())).isEmpty();
        submitAndConfirm();
        assertThat(app.payments.findByAgreement(seed.agreementId())).hasSize(1);
    }

    private AmountField charge(int index) {
        return _get(dialog(), AmountField.class, s -> s.withId("payment-charge-" + index));
    }
}
