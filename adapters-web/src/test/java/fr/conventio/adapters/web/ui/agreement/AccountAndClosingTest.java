package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.payment.CancelPaymentCommand;
import fr.conventio.application.settlement.RecordRecoveryReceiptCommand;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreement's account as staff read it on the page (header, synthesis, budget lines, settlement), as
 * the domain computed it, and the closing of the file (D2): what the close dialog lists while something is
 * open, and who is offered to close.
 */
class AccountAndClosingTest extends AgreementPageTestBase {

    @Test
    void a1_b4_settled_at_90_percent_the_file_is_liquidee_with_a_balance_of_8000_and_ct1_committed_27000_released_3000() {
        seedReadyToSettle();
        settleAt("936301.50");
        openAs("lea.lecture", "LECTURE");

        assertThat(stage()).isEqualTo("Liquidée");
        assertThat(text("figure-subsidy")).isEqualTo(euros("80 000,00"));
        assertThat(text("figure-final-subsidy")).isEqualTo(euros("72 000,00"));
        assertThat(text("figure-paid")).isEqualTo(euros("64 000,00"));
        assertThat(text("figure-balance-due")).isEqualTo(euros("8 000,00"));

        assertThat(text("account-stage")).isEqualTo("Liquidée");
        assertThat(text("account-subsidy-in-force")).isEqualTo(euros("80 000,00"));
        assertThat(text("account-adjusted-subsidy")).isEqualTo(euros("72 000,00"));
        assertThat(text("account-advance-cap")).isEqualTo(euros("64 000,00"));
        assertThat(text("account-cancelled")).isEqualTo(euros("0,00"));
        assertThat(text("account-kept")).isEqualTo(euros("64 000,00"));
        assertThat(text("account-balance-due")).isEqualTo(euros("8 000,00"));
        assertThat(text("account-outstanding")).isEqualTo(euros("0,00"));
        assertThat(text("account-to-recover")).isEqualTo(euros("0,00"));
        assertThat(text("account-recovered")).isEqualTo(euros("0,00"));

        tab("Budget");
        Grid<LineAccount> lines = grid("budget-lines");
        assertThat(GridKt._getFormattedRow(lines, 0)).containsExactly("Budget Principal Métropolitain (CT1)", euros("30 000,00"),
                euros("27 000,00"), euros("3 000,00"), euros("24 000,00"), euros("0,00"));
        assertThat(GridKt._getFormattedRow(lines, 1)).containsExactly("Territoire du Pays d'Aix", euros("50 000,00"),
                euros("45 000,00"), euros("5 000,00"), euros("40 000,00"), euros("0,00"));

        tab("Liquidation");
        assertThat(text("settlement-stage")).isEqualTo("Liquidée");
        assertThat(text("settlement-real")).isEqualTo(euros("936 301,50"));
        assertThat(text("settlement-eligible")).isEqualTo(euros("1 040 335,00"));
        assertThat(text("settlement-balance-due")).isEqualTo(euros("8 000,00"));

        payBalance();
        view.reload();
        assertThat(stage()).isEqualTo("Solde versé");
        assertThat(text("settlement-stage")).isEqualTo("Solde versé");
        assertThat(text("figure-balance-due")).isEqualTo(euros("0,00"));
        tab("Budget");
        assertThat(GridKt._getFormattedRow(grid("budget-lines"), 0)).containsExactly("Budget Principal Métropolitain (CT1)",
                euros("30 000,00"), euros("27 000,00"), euros("3 000,00"), euros("27 000,00"), euros("0,00"));
    }

    @Test
    void d2_the_close_dialog_lists_the_balance_still_due_and_the_open_obligations_and_cannot_be_confirmed() {
        seedReadyToSettle();
        settleAt("936301.50");
        openAs("marie.responsable", "RESPONSABLE");

        click("action-close");
        assertThat(dialog().getHeaderTitle()).isEqualTo("Clôturer le dossier ECO-2020-SCS");
        List<String> open = openItems();
        assertThat(open).contains("Solde de " + euros("8 000,00") + " encore dû à l'association");
        assertThat(open).hasSize(details().openItems().size());
        assertThat(open.stream().filter(item -> item.startsWith("Obligation « "))).isNotEmpty();
        assertThat(submitButton().isEnabled()).isFalse();
    }

    @Test
    void d2_after_an_overpayment_the_close_dialog_lists_the_sum_to_claim_then_the_order_still_waiting_for_money() {
        seedReadyToSettle();
        settleAt("728234.50");
        seed.fulfilEveryObligation(LocalDate.of(2021, 6, 16));
        openAs("marie.responsable", "RESPONSABLE");

        click("action-close");
        assertThat(openItems()).containsExactly(euros("8 000,00") + " à réclamer par un titre de recettes (Trop-perçu après liquidation)");
        assertThat(submitButton().isEnabled()).isFalse();
        _click(_get(dialog(), Button.class, spec -> spec.withText("Annuler")));

        issueOrder(RecoveryGround.OVERPAYMENT);
        AgreementDetails.RecoveryOrderLine order = details().recoveryOrders().getFirst();
        app.recordRecoveryReceipt.record(new RecordRecoveryReceiptCommand(order.id(), order.version(), Amount.of(3_000),
                LocalDate.of(2021, 7, 1)));
        view.reload();
        click("action-close");
        assertThat(openItems()).containsExactly("Titre de recettes n° TR-2021-0001 : encore " + euros("5 000,00") + " à encaisser");
        assertThat(submitButton().isEnabled()).isFalse();
        assertThat(text("figure-to-recover")).isEqualTo(euros("5 000,00"));
        assertThat(text("figure-recovered")).isEqualTo(euros("3 000,00"));
    }

    @Test
    void d2_when_the_balance_is_cancelled_meanwhile_the_closing_is_refused_and_reloading_lists_the_balance_due_again() {
        seedReadyToSettle();
        settleAt("936301.50");
        payBalance();
        seed.fulfilEveryObligation(LocalDate.of(2021, 7, 1));
        openAs("marie.responsable", "RESPONSABLE");
        click("action-close");
        assertThat(submitButton().isEnabled()).as("nothing open when the dialog opened").isTrue();

        // meanwhile, a colleague cancels the balance payment: the balance is due again
        AgreementDetails.PaymentLine balance = details().payments().stream().filter(p -> p.kind() == PaymentKind.BALANCE).findFirst()
                .orElseThrow();
        app.cancelPayment.cancel(new CancelPaymentCommand(balance.id(), balance.version(), "Mandat rejeté par le comptable",
                LocalDate.of(2021, 7, 2)));

        date("Date de clôture", LocalDate.of(2021, 7, 5));
        submit();
        assertThat(confirmationOpen()).as("found by the check before any confirmation").isFalse();
        assertThat(staleWarning()).contains("a été modifié entre-temps par un autre utilisateur : rechargez-le avant d'enregistrer à nouveau.");
        assertThat(dialogOpen()).isTrue();
        assertThat(details().stage()).isEqualTo(AgreementStage.SETTLED);

        click("dialog-reload");
        assertThat(openItems()).containsExactly("Solde de " + euros("8 000,00") + " encore dû à l'association");
        assertThat(submitButton().isEnabled()).isFalse();
        assertThat(stage()).isEqualTo("Liquidée");
    }

    @Test
    void d2_only_a_manager_is_offered_to_close_a_settled_file() {
        seedReadyToSettle();
        settleAt("936301.50");

        openAs("ines.instructrice", "INSTRUCTEUR");
        assertThat(hasButton("action-close")).isFalse();
        openAs("marie.responsable", "RESPONSABLE");
        assertThat(button("action-close").getText()).isEqualTo("Clôturer le dossier");
    }

    @Test
    void d2_a_signed_agreement_is_not_offered_to_be_closed() {
        seed.signed();
        openAs("marie.responsable", "RESPONSABLE");
        assertThat(hasButton("action-close")).isFalse();
    }

}
