package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.multiyear.ConfirmAgreementYearCommand;
import fr.conventio.application.multiyear.PlanMultiYearAgreementCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * D5 A1 on the agreement page: a CPO 2020–2022 settled once at the end, each year 80 000,00 € with its 64 000,00 €
 * advance paid. A middle year says why it cannot be settled alone; the last year's settlement previews the period.
 */
class MultiYearSettlementViewTest extends AgreementPageTestBase {

    private AgreementId year2;
    private AgreementId year3;

    @BeforeEach
    void cpoSettledOnceAtTheEnd() {
        seed.setUpParties();
        seed.createDraft();
        for (int year : List.of(2021, 2022)) {
            for (var line : List.of(seed.ct1(), seed.paysAix())) {
                var stored = app.budgetLines.findById(line).orElseThrow();
                BudgetLine l = stored.value();
                app.defineBudgetLine.define(new DefineBudgetLineCommand(line, stored.version(), l.code(), l.label(), BudgetYear.of(year),
                        Amount.of(500_000), true));
            }
        }
        Subsidy yearly = Subsidy.of(Amount.of(80_000),
                SubsidyAllocation.of(seed.ct1(), "Budget Principal Métropolitain (CT1)", Amount.of(30_000)),
                SubsidyAllocation.of(seed.paysAix(), "Territoire du Pays d'Aix", Amount.of(50_000)));
        app.planMultiYearAgreement.plan(new PlanMultiYearAgreementCommand(seed.agreementId(), SettlementMode.ONCE_AT_END,
                List.of(yearly, yearly)));
        seed.approve();
        seed.sign();
        seed.payAdvance();
        year2 = confirmedAndAdvanced(2021);
        year3 = confirmedAndAdvanced(2022);
        app.clock.setToday(LocalDate.of(2023, 7, 15));
    }

    private AgreementId confirmedAndAdvanced(int year) {
        AgreementId award = app.as(InMemoryConventio.MANAGER, () -> app.confirmAgreementYear.confirm(new ConfirmAgreementYearCommand(
                seed.agreementId(), BudgetYear.of(year), LocalDate.of(year, 1, 20), ConfirmationKind.YEARLY_NOTIFICATION,
                SubmissionKey.newKey()))).id();
        app.recordPayment.record(new RecordPaymentCommand(award, app.agreements.findById(award).orElseThrow().version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(24_000)), new LineCharge(seed.paysAix(), Amount.of(40_000))),
                LocalDate.of(year, 2, 1), PaymentOrderReference.of("M-" + year + "-0101")));
        return award;
    }

    private void openYear(AgreementId agreement) {
        openAs("marie.responsable", "RESPONSABLE");
        view.multiYear(app.getMultiYearPlan, app.planMultiYearAgreement, app.confirmAgreementYear);
        view.show(agreement);
        tab("Liquidation");
    }

    private String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void d5_a1_a_middle_year_says_why_it_cannot_be_settled_alone_and_offers_no_settlement() {
        openYear(year2);

        assertThat(hasButton("settlement-settle")).isFalse();
        assertThat(hasButton("action-settle")).isFalse();
        assertThat(paragraph("settlement-middle-year")).isEqualTo("Convention pluriannuelle liquidée une fois, à la fin de la période :"
                + " l'exercice 2021 ne peut pas être liquidé seul. La liquidation porte sur toute la période (2020 à 2022) et se fait sur"
                + " la convention de l'exercice 2022 (ECO-2020-SCS-A3), sur les dépenses réelles de toute la période ; cet exercice ne"
                + " demande ni bilan financier ni pièces du solde qui lui soient propres.");
    }

    @Test
    void d5_a1_the_last_year_previews_the_settlement_of_the_whole_period() {
        openYear(year3);
        assertThat(paragraph("settlement-period")).contains("liquider cette convention liquide toute la période (2020 à 2022)",
                "prévues : " + euros("3 121 005,00"), "la subvention de la période est de " + euros("240 000,00"));

        click("settlement-settle");
        amount("Dépenses réelles justifiées (HT)", "2 808 904,50");
        date("Date de liquidation", LocalDate.of(2023, 7, 1));
        submit();

        assertThat(confirmationText()).contains("sur toute la période (2020 à 2022), sur la convention ECO-2020-SCS-A3",
                "(prévues : " + euros("3 121 005,00") + ")", "Subvention de la période : " + euros("240 000,00"),
                "déjà versé sur les 3 années : " + euros("192 000,00"), "subvention définitive " + euros("216 000,00"),
                "solde à verser " + euros("24 000,00"));
        confirm();

        assertThat(lastNotification()).startsWith("Période 2020 à 2022 liquidée. Liquidation enregistrée : subvention définitive "
                + euros("216 000,00") + ", solde dû " + euros("24 000,00"));
        assertThat(paragraph("settlement-period")).startsWith("Liquidée une fois pour toute la période (2020 à 2022)");
    }
}
