package fr.conventio.domain.account;

import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one instalment of the schedule (V5) stands on a day, as {@link AgreementAccount} computes it.
 *
 * @param paid   what the payment of this instalment paid (zero until paid)
 * @param paidOn the value date of that payment
 */
public record InstalmentState(int number, Instalment instalment, State state, Amount paid, LocalDate paidOn) {

    /** The state of an instalment, with its French label. */
    public enum State {
        /** Its condition is not met yet. */
        UPCOMING("à venir"),
        /** Its condition is met and it is not paid. */
        DUE("dû"),
        /** Paid. */
        PAID("versé"),
        /** Not paid before the settlement: what remains due is paid with the balance (V2). */
        IN_BALANCE("compris dans le solde");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isBalance() {
        return instalment.isBalance();
    }

    public Amount amount() {
        return instalment.amount();
    }

    public Optional<LocalDate> paymentDate() {
        return Optional.ofNullable(paidOn);
    }
}
