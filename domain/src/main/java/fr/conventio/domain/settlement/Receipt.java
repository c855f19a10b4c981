package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;

/** A sum received from the association against a recovery order (encaissement). */
public record Receipt(Amount amount, LocalDate receivedOn) {

    public Receipt {
        if (amount == null || amount.isZero()) {
            throw new InvalidValueException("montant encaissé", "un encaissement porte sur un montant strictement positif");
        }
        if (receivedOn == null) {
            throw new InvalidValueException("date d'encaissement", "la date d'encaissement est absente");
        }
    }
}
