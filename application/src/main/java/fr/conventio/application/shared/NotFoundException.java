package fr.conventio.application.shared;

/**
 * A record asked for by id does not exist (deleted, mistyped link...). The message names the kind of record, never
 * its id (an id means nothing to staff): the id is kept in {@link #id()} for logs.
 */
public class NotFoundException extends RuntimeException {

    private final String id;

    public NotFoundException(String what, Object id) {
        super(what + " introuvable : l'enregistrement demandé n'existe pas ou plus (supprimé, ou lien erroné).");
        this.id = String.valueOf(id);
    }

    /** The id that was asked for, for logs only. */
    public String id() {
        return id;
    }
}
