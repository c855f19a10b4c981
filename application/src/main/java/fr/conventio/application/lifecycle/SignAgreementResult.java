package fr.conventio.application.lifecycle;

import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;
import java.util.Optional;

/**
 * The agreement signed: its new version, the obligations generated (O1–O10, in schedule order) and,
 * when rule N1 applies, the funder's own deadline to pay ({@code null} otherwise).
 */
public record SignAgreementResult(AgreementId agreementId, long version, List<ObligationType> obligations,
                                  PaymentDeadline paymentDeadline) {

    public SignAgreementResult {
        obligations = List.copyOf(obligations);
    }

    public Optional<PaymentDeadline> optionalPaymentDeadline() {
        return Optional.ofNullable(paymentDeadline);
    }
}
