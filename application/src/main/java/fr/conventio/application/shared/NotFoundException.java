package fr.conventio.application.shared;

/** A record asked for by id does not exist (deleted, mistyped link...). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " introuvable : " + id);
    }
}
