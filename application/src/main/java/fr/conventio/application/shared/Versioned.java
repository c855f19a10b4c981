package fr.conventio.application.shared;

import java.util.Objects;

/**
 * An aggregate with the version it was stored at (optimistic locking). Repositories return
 * what they load wrapped in this record and take it back on save: a save whose version is no
 * longer the stored one is refused with a {@link ConcurrentUpdateException}, never a lost update.
 * A new aggregate has no version yet ({@link #newAggregate}).
 */
public record Versioned<T>(T value, Long version) {

    public Versioned {
        Objects.requireNonNull(value, "agrégat absent");
        if (version != null && version < 0) {
            throw new IllegalArgumentException("version négative : " + version);
        }
    }

    public static <T> Versioned<T> newAggregate(T value) {
        return new Versioned<>(value, null);
    }

    public static <T> Versioned<T> of(T value, long version) {
        return new Versioned<>(value, version);
    }

    public boolean isNew() {
        return version == null;
    }
}
