package fr.conventio.domain.payment;

import static fr.conventio.domain.account.SeedFile.CT1;
import static fr.conventio.domain.account.SeedFile.SIGNED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.account.SeedFile;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class PaymentTest {

    private final LocalDate valueDate = SIGNED_ON.plusDays(5);

    /** An advance of 24 000,00 € on CT1, recorded by the account of the signed seed agreement. */
    private Payment advance() {
        return SeedFile.signed().account().pay(PaymentId.newId(), PaymentRequest.advance(Amount.of(24_000), CT1, valueDate, "M-1"));
    }

    @Test
    void a_new_payment_is_recorded_with_its_request() {
        PaymentId id = PaymentId.newId();
        Payment payment = SeedFile.signed().account().pay(id, PaymentRequest.advance(Amount.of(24_000), CT1, valueDate, "M-1"));

        assertThat(payment.id()).isEqualTo(id);
        assertThat(payment.status()).isEqualTo(PaymentStatus.RECORDED);
        assertThat(payment.isRecorded()).isTrue();
        assertThat(payment.agreementId()).isEqualTo(AgreementFixtures.SEED_AGREEMENT_ID);
        assertThat(payment.kind()).isEqualTo(PaymentKind.ADVANCE);
        assertThat(payment.amount()).isEqualTo(Amount.of(24_000));
        assertThat(payment.charges()).containsExactly(new LineCharge(CT1, Amount.of(24_000)));
        assertThat(payment.valueDate()).isEqualTo(valueDate);
        assertThat(payment.orderReference()).contains(PaymentOrderReference.of("M-1"));
        assertThat(payment.cancelledOn()).isEmpty();
    }

    @Test
    void a_payment_has_a_strictly_positive_amount() {
        assertThatThrownBy(() -> PaymentRequest.advance(Amount.ZERO, CT1, valueDate, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("strictement positif");
    }

    @Test
    void cancelling_records_who_when_why() {
        Payment payment = advance();

        payment.cancel("RIB erroné", "Mme Martin, service financier", valueDate.plusDays(1));

        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(payment.isRecorded()).isFalse();
        assertThat(payment.cancellationReason()).contains("RIB erroné");
        assertThat(payment.cancelledBy()).contains("Mme Martin, service financier");
        assertThat(payment.cancelledOn()).contains(valueDate.plusDays(1));
    }

    @Test
    void cancelling_without_reason_is_refused_and_changes_nothing() {
        Payment payment = advance();

        assertThatThrownBy(() -> payment.cancel(" ", "service financier", valueDate))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("motif");
        assertThat(payment.status()).isEqualTo(PaymentStatus.RECORDED);
        assertThat(payment.cancelledBy()).isEmpty();
    }

    @Test
    void a_cancelled_payment_cannot_be_cancelled_again() {
        Payment payment = advance();
        payment.cancel("RIB erroné", "service financier", valueDate);

        assertThatThrownBy(() -> payment.cancel("autre", "service financier", valueDate.plusDays(3)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("déjà annulé");
        assertThat(payment.cancellationReason()).contains("RIB erroné");
        assertThat(payment.cancelledOn()).contains(valueDate);
    }

    @Test
    void rehydrate_restores_every_field() {
        PaymentId id = PaymentId.newId();
        Payment payment = Payment.rehydrate(id, AgreementFixtures.SEED_AGREEMENT_ID, PaymentKind.BALANCE,
                java.util.List.of(new LineCharge(CT1, Amount.of(16_000))), valueDate,
                PaymentOrderReference.of("M-9"), PaymentStatus.CANCELLED, valueDate, "agent", "doublon");

        assertThat(payment.id()).isEqualTo(id);
        assertThat(payment.kind()).isEqualTo(PaymentKind.BALANCE);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(payment.cancellationReason()).contains("doublon");
        assertThat(payment.amount()).isEqualTo(Amount.of(16_000));
        assertThat(payment).isEqualTo(Payment.rehydrate(id, AgreementFixtures.SEED_AGREEMENT_ID, PaymentKind.BALANCE,
                java.util.List.of(new LineCharge(CT1, Amount.of(16_000))), valueDate, null, PaymentStatus.RECORDED, null, null, null));
    }
}
