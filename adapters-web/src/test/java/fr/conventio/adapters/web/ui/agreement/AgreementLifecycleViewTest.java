package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.adapters.web.ui.common.AmountField;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.RecoveryGround;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed agreement's whole life on the agreement page, as staff would click it: the balance path
 * (approve, sign, advance 64 000,00 €, the three balance documents, settle at 936 301,50 €: "Liquidée", pay
 * the 8 000,00 € balance: "Solde versé", the file still open until a manager closes it once every
 * obligation is met: "Clôturée") and the overpayment path (settle at 728 234,50 €, recovery order for the
 * 8 000,00 € overpaid, receipt, then closed by a manager).
 */
class AgreementLifecycleViewTest extends AgreementPageTestBase {

    static final String STAYS_OPEN = "Le dossier reste ouvert jusqu'à sa clôture par un responsable.";

    @Test
    void d2_balance_path_from_draft_to_balance_paid_then_closed_by_a_manager() {
        seed.setUpParties();
        seed.createDraft();
        openAs("marie.responsable", "RESPONSABLE", "FINANCES");

        assertThat(_get(H2.class, spec -> spec.withId("agreement-title")).getText()).isEqualTo("ECO-2020-SCS");
        assertThat(view.getPageTitle()).isEqualTo("ECO-2020-SCS — Conventio");
        assertThat(text("agreement-association")).isEqualTo(details().associationName());
        assertThat(stage()).isEqualTo("Brouillon");
        assertThat(text("figure-subsidy")).isEqualTo(euros("80 000,00"));
        assertThat(text("figure-share")).isEqualTo("7,69" + NBSP + "%");
        assertThat(text("figure-advance-cap")).isEqualTo(euros("64 000,00"));
        assertThat(text("figure-paid")).isEqualTo(euros("0,00"));
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("figure-balance-due")))
                .as("nothing is owed before signature: no balance shown on a draft").isEmpty();
        assertThat(text("agreement-year")).isEqualTo("Exercice 2020");

        // approve: the deliberation of 19/12/2019
        app.clock.setToday(LocalDate.of(2020, 2, 17)); // the days of the signature and of the advance have come: no date to come is recorded
        click("action-approve");
        type("Numéro de la délibération", "ECO 001-7011/19/BM");
        type("Instance qui a délibéré", "Bureau de la Métropole");
        date("Date de la délibération", LocalDate.of(2019, 12, 19));
        submit();
        assertThat(lastNotification()).isEqualTo("Délibération n° ECO 001-7011/19/BM du 19/12/2019 enregistrée : la convention est approuvée.");
        assertThat(stage()).isEqualTo("Approuvée");
        assertThat(text("summary-deliberation")).isEqualTo("n° ECO 001-7011/19/BM — Bureau de la Métropole — 19/12/2019");
        assertThat(hasButton("action-approve")).isFalse();

        // sign on 03/02/2020, confirmed with the figures
        click("action-sign");
        date("Date de signature", LocalDate.of(2020, 2, 3));
        submit();
        assertThat(confirmationText()).contains("ECO-2020-SCS", "03/02/2020", euros("80 000,00"), euros("30 000,00"), euros("50 000,00"));
        confirm();
        assertThat(stage()).isEqualTo("Signée");
        assertThat(lastNotification()).startsWith("Signature du 03/02/2020 enregistrée : ").endsWith(" obligations créées.");
        assertThat(text("summary-signature")).isEqualTo("03/02/2020");

        // the advance, pre-filled with what the account proposes: the cap, 24 000 € on CT1 and 40 000 € on the Pays d'Aix line
        dayComes(LocalDate.of(2020, 2, 17));
        tab("Versements");
        click("payments-record");
        assertThat(field(AmountField.class, "Montant du versement").number()).contains(Amount.of("64000.00"));
        assertThat(_get(dialog(), AmountField.class, s -> s.withId("payment-charge-0")).number()).contains(Amount.of("24000.00"));
        assertThat(_get(dialog(), AmountField.class, s -> s.withId("payment-charge-1")).number()).contains(Amount.of("40000.00"));
        assertThat(text("payment-total")).isEqualTo("Total imputé : " + euros("64 000,00"));
        date("Date de valeur", LocalDate.of(2020, 2, 17));
        type("Numéro de mandat", "M-2020-0101");
        submit();
        assertThat(confirmationText()).contains("acompte de " + euros("64 000,00"), "17/02/2020", "M-2020-0101");
        confirm();
        assertThat(lastNotification()).isEqualTo("Acompte de " + euros("64 000,00") + " enregistré.");
        assertThat(text("figure-paid")).isEqualTo(euros("64 000,00"));
        assertThat(text("figure-balance-due")).isEqualTo(euros("16 000,00"));
        Grid<AgreementDetails.PaymentLine> payments = grid("payments-grid");
        assertThat(GridKt._getFormattedRow(payments, 0).subList(0, 5)).containsExactly("Acompte", euros("64 000,00"),
                "Budget Principal Métropolitain (CT1) : " + euros("24 000,00") + " ; Territoire du Pays d'Aix : " + euros("40 000,00"),
                "17/02/2020", "M-2020-0101");
        assertThat(cellText(payments, 0, "status")).isEqualTo("Enregistré");

        // the three balance documents (O10): uploaded, then accepted
        dayComes(LocalDate.of(2021, 5, 10));
        view.reload();
        tab("Obligations");
        for (int round = 0; round < 3; round++) {
            int row = firstOutstandingBalanceDocument();
            clickInRow("obligations-grid", row, "Déposer une pièce");
            UploadKt._upload(_get(dialog(), Upload.class), "piece-" + round + ".pdf", "application/pdf",
                    ("%PDF-1.7 pièce " + round).getBytes(StandardCharsets.UTF_8));
            assertThat(text("evidence-received")).startsWith("Fichier prêt : piece-" + round + ".pdf");
            submit();
            assertThat(dialogOpen()).as("dialog closed after success").isFalse();
            assertThat(cellText(grid("obligations-grid"), row, "status")).isEqualTo("Reçue");
            assertThat(cellText(grid("obligations-grid"), row, "evidence")).isEqualTo("piece-" + round + ".pdf");
            clickInRow("obligations-grid", row, "Accepter");
            submit();
            assertThat(cellText(grid("obligations-grid"), row, "status")).isEqualTo("Acceptée");
        }
        assertThat(details().balanceDocumentsOutstanding()).isEmpty();

        // settle at 936 301,50 € (90 %): the use case's outcome is told, 72 000,00 € and a balance of 8 000,00 €; the file is "Liquidée"
        dayComes(LocalDate.of(2021, 6, 15));
        tab("Liquidation");
        click("settlement-settle");
        amount("Dépenses réelles justifiées (HT)", "936 301,50");
        date("Date de liquidation", LocalDate.of(2021, 6, 15));
        submit();
        assertThat(confirmationText()).contains(euros("936 301,50"), euros("1 040 335,00"), "15/06/2021", euros("64 000,00"));
        confirm();
        assertThat(lastNotification()).isEqualTo("Liquidation enregistrée : subvention définitive " + euros("72 000,00")
                + ", solde dû " + euros("8 000,00") + ". " + STAYS_OPEN);
        assertThat(stage()).isEqualTo("Liquidée");
        assertThat(text("settlement-stage")).isEqualTo("Liquidée");
        assertThat(text("settlement-real")).isEqualTo(euros("936 301,50"));
        assertThat(text("settlement-final-subsidy")).isEqualTo(euros("72 000,00"));
        assertThat(text("settlement-balance-due")).isEqualTo(euros("8 000,00"));
        assertThat(text("settlement-paid")).isEqualTo(euros("64 000,00"));

        // separation of duties: whoever settled does not pay the balance, even with the finance role; another finance officer does
        assertThat(hasButton("settlement-pay-balance")).isFalse();
        tab("Synthèse");
        assertThat(hasButton("action-record-balance")).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserved-record-balance")).getText()).isEqualTo("Vous avez enregistré la liquidation de cette convention : son solde doit"
                + " être versé par un autre agent du service financier (séparation des tâches).");
        dayComes(LocalDate.of(2021, 6, 30));
        openAs("paul.finances", "FINANCES");
        tab("Liquidation");

        // pay the balance: 8 000,00 € proposed as 3 000,00 € / 5 000,00 €; the file is "Solde versé", still open
        click("settlement-pay-balance");
        assertThat(field(RadioButtonGroup.class, "Nature du versement").getValue()).isEqualTo(PaymentKind.BALANCE);
        assertThat(field(AmountField.class, "Montant du versement").number()).contains(Amount.of("8000.00"));
        assertThat(_get(dialog(), AmountField.class, s -> s.withId("payment-charge-0")).number()).contains(Amount.of("3000.00"));
        assertThat(_get(dialog(), AmountField.class, s -> s.withId("payment-charge-1")).number()).contains(Amount.of("5000.00"));
        date("Date de valeur", LocalDate.of(2021, 6, 30));
        type("Numéro de mandat", "M-2021-0555");
        submitAndConfirm();
        assertThat(lastNotification()).isEqualTo("Solde de " + euros("8 000,00") + " enregistré. " + STAYS_OPEN);
        assertThat(stage()).isEqualTo("Solde versé");
        assertThat(text("figure-paid")).isEqualTo(euros("72 000,00"));
        assertThat(text("figure-balance-due")).isEqualTo(euros("0,00"));

        // D2: the manager cannot close while obligations are neither accepted nor waived; then closes
        openAs("marie.responsable", "RESPONSABLE", "FINANCES");
        tab("Synthèse");
        click("action-close");
        List<String> open = openItems();
        assertThat(open).hasSize(details().openItems().size()).isNotEmpty()
                .allSatisfy(item -> assertThat(item).matches("Obligation « .+ » à échéance du \\d\\d/\\d\\d/\\d{4} : ni acceptée ni levée"));
        assertThat(open.getFirst()).contains(details().openItems().getFirst().obligationType().label());
        assertThat(submitButton().isEnabled()).isFalse();
        _click(_get(dialog(), Button.class, spec -> spec.withText("Annuler")));

        seed.fulfilEveryObligation(LocalDate.of(2021, 7, 1));
        view.reload();
        click("action-close");
        assertThat(_get(dialog(), Paragraph.class, spec -> spec.withId("close-nothing-open")).getText()).startsWith("Plus rien n'est ouvert");
        date("Date de clôture", LocalDate.of(2021, 7, 5));
        submit();
        assertThat(confirmationText()).contains("ECO-2020-SCS", "05/07/2021");
        confirm();
        assertThat(lastNotification()).isEqualTo("Dossier de la convention ECO-2020-SCS clôturé au 05/07/2021.");
        assertThat(stage()).isEqualTo("Clôturée");
        assertThat(text("summary-closed-on")).isEqualTo("05/07/2021");
        assertThat(hasButton("action-close")).isFalse();
    }

    @Test
    void a2_overpayment_path_settle_at_70_percent_then_recovery_order_of_exactly_8000_and_receipt_the_file_stays_open() {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        dayComes(LocalDate.of(2021, 6, 15));
        openAs("marie.responsable", "RESPONSABLE", "FINANCES");

        tab("Liquidation");
        click("settlement-settle");
        amount("Dépenses réelles justifiées (HT)", "728 234,50");
        date("Date de liquidation", LocalDate.of(2021, 6, 15));
        submitAndConfirm();
        assertThat(lastNotification()).isEqualTo("Liquidation enregistrée : subvention définitive " + euros("56 000,00")
                + ", trop-perçu de " + euros("8 000,00") + " à recouvrer. " + STAYS_OPEN);
        assertThat(text("settlement-final-subsidy")).isEqualTo(euros("56 000,00"));
        assertThat(text("settlement-outstanding-overpayment")).isEqualTo(euros("8 000,00"));
        assertThat(hasButton("settlement-pay-balance")).isFalse();

        click("settlement-issue-order");
        assertThat(field(Select.class, "Motif").getValue()).isEqualTo(RecoveryGround.OVERPAYMENT);
        assertThat(field(Select.class, "Motif").getListDataView().getItems().toList()).as("only the grounds with a sum owed")
                .containsExactly(RecoveryGround.OVERPAYMENT);
        assertThat(field(AmountField.class, "Montant du titre").getHelperText())
                .isEqualTo("Exactement la somme due à ce titre, sans titre émis : " + euros("8 000,00"));
        assertThat(field(AmountField.class, "Montant du titre").number()).contains(Amount.of("8000.00"));
        date("Date d'émission", LocalDate.of(2021, 6, 20));
        submit();
        assertThat(confirmationText()).contains(euros("8 000,00"), "Trop-perçu après liquidation", "20/06/2021");
        confirm();
        assertThat(lastNotification()).isEqualTo("Titre de recettes TR-2021-0001 émis pour " + euros("8 000,00") + ".");
        Grid<AgreementDetails.RecoveryOrderLine> orders = grid("recovery-orders-grid");
        assertThat(GridKt._getFormattedRow(orders, 0).subList(0, 6)).containsExactly("TR-2021-0001", "Trop-perçu après liquidation",
                euros("8 000,00"), euros("0,00"), euros("8 000,00"), "20/06/2021");
        assertThat(cellText(orders, 0, "status")).isEqualTo("Émis");
        assertThat(stage()).isEqualTo("Liquidée");

        clickInRow("recovery-orders-grid", 0, "Enregistrer un encaissement");
        assertThat(field(AmountField.class, "Montant encaissé").number()).contains(Amount.of("8000.00"));
        date("Date d'encaissement", LocalDate.of(2021, 7, 15));
        submit();
        assertThat(lastNotification()).isEqualTo("Encaissement de " + euros("8 000,00")
                + " enregistré sur le titre TR-2021-0001. " + STAYS_OPEN);
        assertThat(stage()).isEqualTo("Liquidée");
        assertThat(cellText(grid("recovery-orders-grid"), 0, "status")).isEqualTo("Recouvré");
        assertThat(text("settlement-recovered")).isEqualTo(euros("8 000,00"));
    }

    private int firstOutstandingBalanceDocument() {
        Grid<AgreementDetails.ObligationLine> grid = grid("obligations-grid");
        var lines = GridKt._findAll(grid);
        for (int i = 0; i < lines.size(); i++) {
            if (BalanceDocuments.TYPES.contains(lines.get(i).type()) && !lines.get(i).status().isFulfilled()) {
                return i;
            }
        }
        throw new AssertionError("no outstanding balance document");
    }
}
