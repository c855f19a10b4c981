package fr.conventio.domain.settlement;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link RecoveryOrder}. */
public record RecoveryOrderId(UUID value) {

    public RecoveryOrderId {
        Objects.requireNonNull(value, "titre de recettes : identifiant absent");
    }

    public static RecoveryOrderId newId() {
        return new RecoveryOrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
