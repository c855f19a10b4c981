package fr.conventio.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording the instalments of a schedule (V5) through the use case, on the in-memory application. */
class InstalmentPaymentsTest {

    private static final InstalmentSchedule SCHEDULE = InstalmentSchedule.of(Instalment.atSignature(Amount.of(32000)),
            Instalment.on(Amount.of(32000), LocalDate.of(2020, 6, 1)), Instalment.balance(Amount.of(16000)));

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 3, 1));
    final SeedSteps seed = new SeedSteps(app);

    @BeforeEach
    void signedInInstalments() {
        seed.setUpParties();
        AgreementTerms terms = seed.seedTerms();
        AgreementTerms inInstalments = new AgreementTerms(terms.reference(), terms.associationId(), terms.signatory(), terms.representative(),
                terms.budgetYear(), terms.object(), terms.programme(), terms.forecastBudget(), terms.subsidy(),
                terms.paymentTerms().withInstalments(SCHEDULE));
        seed.createDraft(inInstalments);
        seed.approve();
        seed.sign();
    }

    private RecordPaymentResult instalment(int number, String ct1, String paysAix, LocalDate on, String order) {
        return app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.INSTALMENT,
                List.of(new LineCharge(seed.ct1(), Amount.of(ct1)), new LineCharge(seed.paysAix(), Amount.of(paysAix))), on,
                PaymentOrderReference.of(order), fr.conventio.application.shared.SubmissionKey.newKey(), number));
    }

    @Test
    void v5_the_first_instalment_is_recorded_with_its_number_and_the_stored_figures_follow() {
        RecordPaymentResult result = instalment(1, "12000", "20000", LocalDate.of(2020, 2, 10), "M-1");

        Payment payment = app.payments.findById(result.paymentId()).orElseThrow().value();
        assertThat(payment.kind()).isEqualTo(PaymentKind.INSTALMENT);
        assertThat(payment.instalmentNumber()).contains(1);
        assertThat(app.accounts.findByAgreement(seed.agreementId()).orElseThrow().paid()).isEqualTo(Amount.of(32000));
    }

    @Test
    void v5_the_dated_instalment_is_refused_before_its_date_and_nothing_is_stored() {
        instalment(1, "12000", "20000", LocalDate.of(2020, 2, 10), "M-1");
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> instalment(2, "12000", "20000", LocalDate.of(2020, 5, 1), "M-2"))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("ruleId", "V5")
                .hasMessageContaining("le 01/06/2020");
        assertThat(app.snapshot()).isEqualTo(before);
    }
}
