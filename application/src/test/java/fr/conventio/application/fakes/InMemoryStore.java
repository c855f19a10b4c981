package fr.conventio.application.fakes;

import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A table of versioned aggregates, as the database adapter behaves: a new aggregate is stored at version
 * 0; an update is accepted only from the stored version and stores version + 1; otherwise
 * {@link ConcurrentUpdateException}. Stores and returns copies. An optional unique key plays the
 * part of a unique constraint (refused with {@link IllegalStateException}, like a constraint violation).
 */
public final class InMemoryStore<ID, T> {

    private final String type;
    private final Function<T, ID> idOf;
    private final UnaryOperator<T> copier;
    private final Function<T, Object> uniqueKey;
    private final Map<ID, Versioned<T>> rows = new LinkedHashMap<>();

    public InMemoryStore(String type, Function<T, ID> idOf, UnaryOperator<T> copier) {
        this(type, idOf, copier, null);
    }

    public InMemoryStore(String type, Function<T, ID> idOf, UnaryOperator<T> copier, Function<T, Object> uniqueKey) {
        this.type = Objects.requireNonNull(type);
        this.idOf = Objects.requireNonNull(idOf);
        this.copier = Objects.requireNonNull(copier);
        this.uniqueKey = uniqueKey;
    }

    public synchronized Optional<Versioned<T>> find(ID id) {
        return Optional.ofNullable(rows.get(id)).map(this::copyOf);
    }

    public synchronized List<Versioned<T>> findAll(Predicate<T> filter) {
        List<Versioned<T>> found = new ArrayList<>();
        for (Versioned<T> row : rows.values()) {
            if (filter.test(row.value())) {
                found.add(copyOf(row));
            }
        }
        return found;
    }

    public synchronized Versioned<T> save(Versioned<T> aggregate) {
        Objects.requireNonNull(aggregate, "agrégat absent");
        ID id = idOf.apply(aggregate.value());
        Versioned<T> stored = rows.get(id);
        long newVersion;
        if (aggregate.isNew()) {
            if (stored != null) {
                throw new ConcurrentUpdateException(type, String.valueOf(id));
            }
            newVersion = 0;
        } else {
            if (stored == null || !stored.version().equals(aggregate.version())) {
                throw new ConcurrentUpdateException(type, String.valueOf(id));
            }
            newVersion = aggregate.version() + 1;
        }
        if (uniqueKey != null) {
            Object key = uniqueKey.apply(aggregate.value());
            if (key != null && rows.entrySet().stream()
                    .anyMatch(e -> !e.getKey().equals(id) && key.equals(uniqueKey.apply(e.getValue().value())))) {
                throw new IllegalStateException("contrainte d'unicité violée sur " + type + " : " + key);
            }
        }
        Versioned<T> row = new Versioned<>(copier.apply(aggregate.value()), newVersion);
        rows.put(id, row);
        return copyOf(row);
    }

    /** Removes the row of {@code id}, if any. */
    public synchronized void delete(ID id) {
        rows.remove(id);
    }

    /**
     * Deletes an aggregate read at {@code aggregate.version()}; {@link ConcurrentUpdateException} when it was saved
     * or deleted since, as the database adapter does.
     */
    public synchronized void delete(Versioned<T> aggregate) {
        Objects.requireNonNull(aggregate, "agrégat absent");
        ID id = idOf.apply(aggregate.value());
        Versioned<T> stored = rows.get(id);
        if (aggregate.isNew() || stored == null || !stored.version().equals(aggregate.version())) {
            throw new ConcurrentUpdateException(type, String.valueOf(id));
        }
        rows.remove(id);
    }

    /** Every stored id with its version, for the "nothing was written" assertions. */
    public synchronized Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        rows.forEach((id, row) -> versions.put(type + ":" + id, row.version()));
        return versions;
    }

    public synchronized int size() {
        return rows.size();
    }

    private Versioned<T> copyOf(Versioned<T> row) {
        return new Versioned<>(copier.apply(row.value()), row.version());
    }
}
