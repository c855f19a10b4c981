package fr.conventio.adapters.web.ui.dashboard;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.security.Roles;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.RecordRecoveryReceiptCommand;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.Amount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard on the whole application (in-memory fakes) with the real 2020 agreement of the seed. */
class DashboardViewTest {

    private static final String SCS = "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)";
    private static final String NBSP = "\u00A0";

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private DashboardView open() {
        StaffUi.start(app, "lecture.test", Roles.LECTURE);
        UI.getCurrent().navigate(DashboardView.class);
        return _get(DashboardView.class);
    }

    private static List<List<String>> rows(com.vaadin.flow.component.grid.Grid<?> grid) {
        return StaffUi.rows(grid);
    }

    @Test
    void after_signature_the_advance_of_64000_is_to_be_paid_with_a_link_to_the_agreement() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 2, 4));

        DashboardView view = open();

        assertThat(rows(view.payments)).containsExactly(
                List.of("ECO-2020-SCS", SCS, "Acompte", "64" + NBSP + "000,00" + NBSP + "€"));
        Anchor link = (Anchor) GridKt._getCellComponent(view.payments, 0, "reference");
        assertThat(link.getHref()).isEqualTo("conventions/" + seed.agreementId());
        assertThat(view.paymentsCount.getText()).isEqualTo("1 versement(s) à effectuer");
        assertThat(view.asOf.getText()).isEqualTo("Situation au 04/02/2020");
    }

    @Test
    void the_insurance_certificate_due_at_signature_is_overdue_the_day_after_and_counted() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 2, 4));

        DashboardView view = open();

        assertThat(rows(view.deadlines)).contains(List.of("ECO-2020-SCS", SCS, "Attestation d'assurance responsabilité civile",
                "03/02/2020", "En retard"));
        assertThat(GridKt._getFormattedRow(view.deadlines, 0).get(4)).as("status badge, error variant").contains("@theme='error'");
        assertThat(view.overdueBadge.getText()).isEqualTo("En retard : 1");
        assertThat(view.dueBadge.getText()).isEqualTo("À échéance : 0");
    }

    @Test
    void v5_n1_an_instalment_at_signature_is_a_funder_deadline_60_days_after_it_with_its_amount() {
        seed.setUpParties();
        fr.conventio.application.drafting.AgreementTerms t = seed.seedTerms();
        seed.createDraft(new fr.conventio.application.drafting.AgreementTerms(t.reference(), t.associationId(), t.signatory(),
                t.representative(), t.budgetYear(), t.object(), t.programme(), t.forecastBudget(), t.subsidy(),
                t.paymentTerms().withInstalments(fr.conventio.domain.agreement.InstalmentSchedule.of(
                        fr.conventio.domain.agreement.Instalment.atSignature(Amount.of(32_000)),
                        fr.conventio.domain.agreement.Instalment.on(Amount.of(32_000), LocalDate.of(2020, 6, 1)),
                        fr.conventio.domain.agreement.Instalment.balance(Amount.of(16_000))))));
        seed.approve();
        seed.sign();
        app.clock.setToday(LocalDate.of(2020, 3, 10));

        DashboardView view = open();

        assertThat(rows(view.deadlines)).contains(List.of("ECO-2020-SCS", SCS, "Versement échelonné n° 1 : 32 000,00 €", "03/04/2020",
                "À échéance"));
        assertThat(rows(view.deadlines)).noneMatch(row -> row.get(2).startsWith("Versement échelonné n° 3"));
        assertThat(view.overdueBadge.getText()).as("the insurance certificate").isEqualTo("En retard : 1");
    }

    @Test
    void on_signature_day_the_insurance_certificate_is_due_not_overdue() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 2, 3));

        DashboardView view = open();

        assertThat(rows(view.deadlines)).contains(List.of("ECO-2020-SCS", SCS, "Attestation d'assurance responsabilité civile",
                "03/02/2020", "À échéance"));
        assertThat(view.overdueBadge.getText()).isEqualTo("En retard : 0");
    }

    @Test
    void consumption_of_the_current_year_shows_ct1_with_30000_committed_in_figures_and_in_the_bar() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 2, 4));

        DashboardView view = open();

        assertThat(view.year.getValue()).isEqualTo(2020);
        List<String> ct1 = GridKt._getFormattedRow(view.consumption, 0);
        assertThat(ct1.subList(0, 5)).containsExactly("CT1 — Budget Principal Métropolitain", "500" + NBSP + "000,00" + NBSP + "€",
                "30" + NBSP + "000,00" + NBSP + "€", "0,00" + NBSP + "€", "470" + NBSP + "000,00" + NBSP + "€");
        String bar = view.barSvg(view.consumptionShown().getFirst());
        assertThat(bar).contains("role=\"img\"")
                .contains("<title id=\"bar-" + seed.ct1() + "-title\">CT1 : engagé 30" + NBSP + "000,00" + NBSP + "€ (6,00" + NBSP
                        + "%), payé 0,00" + NBSP + "€ (0,00" + NBSP + "%), sur une enveloppe de 500" + NBSP + "000,00" + NBSP + "€</title>")
                .contains("class=\"committed\" x=\"0\" y=\"0\" width=\"12\"")
                .contains("class=\"paid\" x=\"0\" y=\"0\" width=\"0\"");
    }

    @Test
    void the_bar_shows_what_is_paid_after_the_advance() {
        seed.signed();
        seed.payAdvance();
        app.clock.setToday(LocalDate.of(2020, 3, 1));

        DashboardView view = open();

        String bar = view.barSvg(view.consumptionShown().getFirst());
        assertThat(bar).as("24 000 of 500 000 paid = 4,80 %% = 9,6 px").contains("class=\"paid\" x=\"0\" y=\"0\" width=\"9.6\"");
        assertThat(GridKt._getFormattedRow(view.consumption, 0).get(3)).isEqualTo("24" + NBSP + "000,00" + NBSP + "€");
        assertThat(view.paymentsCount.getText()).isEqualTo("0 versement(s) à effectuer");
    }

    @Test
    void another_year_lists_the_lines_with_their_figures_of_that_year() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 2, 4));
        DashboardView view = open();

        view.year.setValue(2021);

        assertThat(GridKt._getFormattedRow(view.consumption, 0).subList(0, 3)).containsExactly(
                "CT1 — Budget Principal Métropolitain", "0,00" + NBSP + "€", "0,00" + NBSP + "€");
        assertThat(view.barSvg(view.consumptionShown().getFirst())).contains("CT1 : aucune enveloppe sur cet exercice");
    }

    /** The seed signed, advance paid, balance documents accepted, settled on {@code realExpenses} on 15/06/2021. */
    private void settledAt(String realExpenses) {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), new Amount(new BigDecimal(realExpenses)),
                LocalDate.of(2021, 6, 15))));
    }

    @Test
    void a2_an_overpayment_awaits_its_recovery_order_then_the_order_is_a_titre_a_encaisser_until_recovered() {
        settledAt("728234.50");
        app.clock.setToday(LocalDate.of(2021, 6, 16));
        DashboardView view = open();
        assertThat(rows(view.decisions)).containsExactly(List.of("ECO-2020-SCS", SCS, "Titre de recettes à émettre", "Liquidée", "2020",
                "8" + NBSP + "000,00" + NBSP + "€"));
        assertThat(rows(view.orders)).isEmpty();
        assertThat(view.ordersCount.getText()).isEqualTo("0 titre(s) de recettes à encaisser");
        StaffUi.stop();

        app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(seed.agreementId(), seed.version(), RecoveryGround.OVERPAYMENT,
                Amount.of(8_000), LocalDate.of(2021, 6, 20)));
        RecoveryOrderId order = app.recoveryOrders.findByAgreement(seed.agreementId()).getFirst().value().id();
        app.recordRecoveryReceipt.record(new RecordRecoveryReceiptCommand(order,
                app.recoveryOrders.findByAgreement(seed.agreementId()).getFirst().version(), Amount.of(3_000), LocalDate.of(2021, 7, 1)));
        view = open();
        assertThat(rows(view.orders)).containsExactly(List.of("TR-2021-0001", "ECO-2020-SCS", SCS, "Trop-perçu après liquidation",
                "8" + NBSP + "000,00" + NBSP + "€", "5" + NBSP + "000,00" + NBSP + "€", "20/06/2021"));
        assertThat(((Anchor) GridKt._getCellComponent(view.orders, 0, "reference")).getHref()).isEqualTo("conventions/" + seed.agreementId());
        assertThat(view.ordersCount.getText()).isEqualTo("1 titre(s) de recettes à encaisser");
        assertThat(rows(view.decisions)).extracting(row -> row.get(2)).doesNotContain("Titre de recettes à émettre");
    }

    @Test
    void d2_a_file_with_its_balance_paid_and_nothing_open_awaits_its_closing_by_a_manager() {
        settledAt("936301.50");
        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(3_000)), new LineCharge(seed.paysAix(), Amount.of(5_000))),
                LocalDate.of(2021, 6, 30), PaymentOrderReference.of("M-2021-0555")));
        seed.fulfilEveryObligation(LocalDate.of(2021, 7, 1));
        app.clock.setToday(LocalDate.of(2021, 7, 2));

        DashboardView view = open();
        assertThat(rows(view.decisions)).containsExactly(List.of("ECO-2020-SCS", SCS, "Dossier à clôturer", "Solde versé", "2020",
                "72" + NBSP + "000,00" + NBSP + "€"));
    }

    @Test
    void a_draft_waits_for_approval_then_the_approved_agreement_for_signature() {
        seed.setUpParties();
        seed.createDraft();

        DashboardView view = open();
        assertThat(rows(view.decisions)).containsExactly(List.of("ECO-2020-SCS", SCS, "Approbation (délibération)", "Brouillon", "2020",
                "80" + NBSP + "000,00" + NBSP + "€"));
        StaffUi.stop();

        seed.approve();
        view = open();
        assertThat(rows(view.decisions)).extracting(row -> row.get(2)).containsExactly("Signature");
        assertThat(view.decisionsCount.getText()).isEqualTo("1 convention(s) en attente de décision");
    }
}
