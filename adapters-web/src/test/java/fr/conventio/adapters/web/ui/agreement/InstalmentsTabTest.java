package fr.conventio.adapters.web.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.domain.account.InstalmentState;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.Amount;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** "Versements" of an agreement paid in instalments (V5): the schedule with each state, the dialog proposing the next one due. */
class InstalmentsTabTest extends AgreementPageTestBase {

    private void signedInInstalments() {
        seed.setUpParties();
        AgreementTerms terms = seed.seedTerms();
        seed.createDraft(new AgreementTerms(terms.reference(), terms.associationId(), terms.signatory(), terms.representative(),
                terms.budgetYear(), terms.object(), terms.programme(), terms.forecastBudget(), terms.subsidy(),
                terms.paymentTerms().withInstalments(InstalmentSchedule.of(Instalment.atSignature(Amount.of(32000)),
                        Instalment.on(Amount.of(32000), LocalDate.of(2020, 6, 1)), Instalment.balance(Amount.of(16000))))));
        seed.approve();
        seed.sign();
    }

    private AmountField charge(int index) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog(), AmountField.class, s -> s.withId("payment-charge-" + index));
    }

    @Test
    void v5_the_schedule_is_listed_with_each_state_and_the_dialog_proposes_the_first_instalment_prefilled() {
        signedInInstalments();
        app.clock.setToday(LocalDate.of(2020, 2, 10));
        openAs("paul.finances", "FINANCES");
        assertThat(text("figure-next-instalment")).as("V5: no advance cap in the header, the next instalment instead")
                .isEqualTo(euros("32 000,00") + " (versement n° 1, dû)");
        assertThat(LocatorJ._find(Span.class, spec -> spec.withId("figure-advance-cap"))).isEmpty();
        tab("Versements");
        assertThat(text("payments-next-instalment")).isEqualTo(euros("32 000,00") + " (versement n° 1, dû)");

        var schedule = this.<InstalmentState>grid("instalments-grid");
        assertThat(GridKt._size(schedule)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(schedule, 1)).contains("n° 2", euros("32 000,00"), "le 01/06/2020");
        assertThat(cellText(schedule, 0, "state")).isEqualTo("dû");
        assertThat(cellText(schedule, 1, "state")).isEqualTo("à venir");

        click("payments-record");
        AmountField amount = field(AmountField.class, "Montant du versement");
        assertThat(amount.number()).contains(Amount.of("32000.00"));
        assertThat(charge(0).number()).contains(Amount.of("12000.00"));
        assertThat(charge(1).number()).contains(Amount.of("20000.00"));
        type("Numéro de mandat", "M-2020-0201");
        submit();
        assertThat(confirmationText()).contains(euros("32 000,00"));
        confirm();

        Payment paid = app.payments.findByAgreement(seed.agreementId()).getFirst().value();
        assertThat(paid.kind()).isEqualTo(PaymentKind.INSTALMENT);
        assertThat(paid.instalmentNumber()).contains(1);
        var after = this.<InstalmentState>grid("instalments-grid");
        assertThat(cellText(after, 0, "state")).isEqualTo("versé");
        assertThat(hasButton("payments-record")).as("the next instalment waits for 1 June 2020").isFalse();
        assertThat(text("payments-next-instalment")).isEqualTo(euros("32 000,00") + " (versement n° 2, à venir)");
    }
}
