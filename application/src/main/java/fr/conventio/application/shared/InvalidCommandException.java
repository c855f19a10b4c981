package fr.conventio.application.shared;

import fr.conventio.domain.shared.DomainException;

/**
 * A command or query is malformed: a required field is missing or a value is out of shape
 * ("référence : champ obligatoire"). Thrown by the compact constructors of the command records,
 * before any port is called. It extends {@link DomainException} so that the web adapter's single
 * error handler shows it like any other refusal; {@link #field()} names the field to highlight.
 */
public class InvalidCommandException extends DomainException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(field + " : " + message);
        this.field = field;
    }

    /** The name of the field that is wrong, as shown to staff. */
    public String field() {
        return field;
    }
}
