package fr.conventio.application.shared;

import java.util.Objects;

/** What a command that stores one aggregate returns: its id and the version it was stored at (for the next command). */
public record Saved<ID>(ID id, long version) {

    public Saved {
        Objects.requireNonNull(id, "identifiant absent");
    }

    public static <ID> Saved<ID> of(ID id, Versioned<?> stored) {
        return new Saved<>(id, stored.version());
    }
}
