package fr.conventio.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of Funder; aggregates refer to each other by such ids only. */
public record FunderId(UUID value) {

    public FunderId {
        Objects.requireNonNull(value, "financeur : identifiant absent");
    }

    public static FunderId newId() {
        return new FunderId(UUID.randomUUID());
    }

    public static FunderId of(String uuid) {
        return new FunderId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
