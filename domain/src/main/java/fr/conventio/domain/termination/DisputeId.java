package fr.conventio.domain.termination;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Dispute}. */
public record DisputeId(UUID value) {

    public DisputeId {
        Objects.requireNonNull(value, "litige : identifiant absent");
    }

    public static DisputeId newId() {
        return new DisputeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
