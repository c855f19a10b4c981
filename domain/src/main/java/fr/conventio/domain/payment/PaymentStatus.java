package fr.conventio.domain.payment;

/**
 * Lifecycle of a payment. A payment is recorded once the payment order (mandat) is issued; the
 * only other state is the cancellation of that order (annulation de mandat, e.g. a wrong bank
 * account), which is kept for the record: a cancelled payment no longer counts in any cap, but
 * its payment order reference stays used (V3: a mandat is never recorded twice).
 */
public enum PaymentStatus {
    RECORDED("enregistré"),
    CANCELLED("annulé");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
