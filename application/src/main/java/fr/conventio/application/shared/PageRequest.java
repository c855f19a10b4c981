package fr.conventio.application.shared;

import java.util.Objects;

/**
 * A page of a list, asked for by a screen: zero-based page number, size, and an optional sort
 * (a property name known by the query's read model, and a direction). No Spring type crosses
 * the ports: adapters translate.
 */
public record PageRequest(int page, int size, String sortBy, boolean ascending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page : le numéro de page ne peut pas être négatif (" + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("taille : une page contient de 1 à " + MAX_SIZE + " lignes (" + size + ")");
        }
        Objects.requireNonNull(sortBy, "tri : propriété absente");
    }

    public static PageRequest of(int page, int size, String sortBy, boolean ascending) {
        return new PageRequest(page, size, sortBy, ascending);
    }

    /** Builds the request from an offset and a limit, as lazy grids ask (offset a multiple of limit). */
    public static PageRequest ofOffset(int offset, int limit, String sortBy, boolean ascending) {
        int size = Math.max(1, Math.min(limit, MAX_SIZE));
        return new PageRequest(offset / size, size, sortBy, ascending);
    }

    public long offset() {
        return (long) page * size;
    }
}
