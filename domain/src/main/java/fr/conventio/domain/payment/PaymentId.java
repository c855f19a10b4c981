package fr.conventio.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Payment}. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "versement : identifiant absent");
    }

    public static PaymentId newId() {
        return new PaymentId(UUID.randomUUID());
    }

    public static PaymentId of(String uuid) {
        return new PaymentId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
