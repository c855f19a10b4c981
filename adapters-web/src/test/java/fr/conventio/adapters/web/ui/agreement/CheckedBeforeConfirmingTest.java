package fr.conventio.adapters.web.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * Every refusal the use case foresees is shown when the dialog validates, before any confirmation (the dry run
 * of the very call), on the field it names; the settlement's confirmation previews what the use case will
 * compute (A1, A2) with the seed's worked examples.
 */
class CheckedBeforeConfirmingTest extends AgreementPageTestBase {

    @Test
    void a1_the_settlement_confirmation_previews_72000_final_and_an_8000_balance_for_936301_50_of_real_expenses() {
        seedReadyToSettle();
        openAs("marie.responsable", "RESPONSABLE");
        tab("Liquidation");
        click("settlement-settle");
        amount("Dépenses réelles justifiées (HT)", "936 301,50");
        date("Date de liquidation", LocalDate.of(2021, 6, 15));
        submit();

        assertThat(confirmationText()).contains("subvention définitive " + euros("72 000,00"), "déjà versé " + euros("64 000,00"),
                "solde à verser " + euros("8 000,00"));
        assertThat(details().stage().name()).as("the preview stored nothing").isEqualTo("SIGNED");
    }

    @Test
    void a1_a2_the_settlement_confirmation_previews_the_8000_overpaid_for_728234_50_and_the_recovery_order_to_come() {
        seedReadyToSettle();
        openAs("marie.responsable", "RESPONSABLE");
        tab("Liquidation");
        click("settlement-settle");
        amount("Dépenses réelles justifiées (HT)", "728 234,50");
        submit();

        assertThat(confirmationText()).contains("subvention définitive " + euros("56 000,00"), "déjà versé " + euros("64 000,00"),
                "trop-perçu de " + euros("8 000,00"), "titre de recettes de " + euros("8 000,00"));
        confirm();
        assertThat(details().account().finalSubsidy()).isEqualTo(Amount.of(56_000));
    }

    @Test
    void a_settlement_dated_before_the_signature_is_refused_on_its_date_before_any_confirmation() {
        seedReadyToSettle();
        openAs("marie.responsable", "RESPONSABLE");
        tab("Liquidation");
        click("settlement-settle");
        amount("Dépenses réelles justifiées (HT)", "936 301,50");
        date("Date de liquidation", LocalDate.of(2020, 1, 31));
        submit();

        assertThat(confirmationOpen()).isFalse();
        DatePicker date = field(DatePicker.class, "Date de liquidation");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).startsWith("date de liquidation").contains("précède la signature");
        assertThat(field(AmountField.class, "Dépenses réelles justifiées (HT)").isInvalid()).isFalse();
    }

    @Test
    void a_value_date_to_come_is_refused_on_its_field_before_any_confirmation() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");
        date("Date de valeur", SeedSteps.ADVANCE_DATE.plusDays(1));
        submit();

        assertThat(confirmationOpen()).isFalse();
        DatePicker date = field(DatePicker.class, "Date de valeur");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Date de valeur : le 18/02/2020 est une date à venir ; on n'enregistre que ce qui a eu lieu"
                + " (aujourd'hui : 17/02/2020).");
        assertThat(app.payments.findByAgreement(seed.agreementId())).isEmpty();
    }

    @Test
    void v1_an_advance_dated_before_the_signature_is_refused_on_its_value_date_before_any_confirmation() {
        seed.signed();
        app.clock.setToday(SeedSteps.ADVANCE_DATE);
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        click("payments-record");
        date("Date de valeur", LocalDate.of(2020, 1, 20));
        submit();

        assertThat(confirmationOpen()).isFalse();
        DatePicker date = field(DatePicker.class, "Date de valeur");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("précède la signature");
        assertThat(field(AmountField.class, "Montant du versement").isInvalid()).isFalse();
    }
}
