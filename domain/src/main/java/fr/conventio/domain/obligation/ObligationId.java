package fr.conventio.domain.obligation;

import java.util.Objects;
import java.util.UUID;

/** Identity of an {@link Obligation}. */
public record ObligationId(UUID value) {

    public ObligationId {
        Objects.requireNonNull(value, "obligation : identifiant absent");
    }

    public static ObligationId newId() {
        return new ObligationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
