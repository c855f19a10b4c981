package fr.conventio.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of Agreement; aggregates refer to each other by such ids only. */
public record AgreementId(UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "agreement : identifiant absent");
    }

    public static AgreementId newId() {
        return new AgreementId(UUID.randomUUID());
    }

    public static AgreementId of(String uuid) {
        return new AgreementId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
