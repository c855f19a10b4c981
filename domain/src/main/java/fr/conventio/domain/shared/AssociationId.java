package fr.conventio.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of Association; aggregates refer to each other by such ids only. */
public record AssociationId(UUID value) {

    public AssociationId {
        Objects.requireNonNull(value, "association : identifiant absent");
    }

    public static AssociationId newId() {
        return new AssociationId(UUID.randomUUID());
    }

    public static AssociationId of(String uuid) {
        return new AssociationId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
