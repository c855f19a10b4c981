package fr.conventio.domain.payment;

import fr.conventio.domain.shared.InvalidValueException;

/** Number of the payment order (numéro de mandat) issued by the funder's accounting, unique per agreement (V3). */
public record PaymentOrderReference(String value) {

    public static final int MAX_LENGTH = 50;

    public PaymentOrderReference {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("numéro de mandat", "le numéro de mandat est vide");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("numéro de mandat",
                    "le numéro de mandat dépasse " + MAX_LENGTH + " caractères (" + value.length() + ")");
        }
    }

    public static PaymentOrderReference of(String value) {
        return new PaymentOrderReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
