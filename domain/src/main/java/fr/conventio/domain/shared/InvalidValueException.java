package fr.conventio.domain.shared;

/** A value object was given a value it cannot hold (negative amount, bad check digit, ...). */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The name of the field or value that was refused. */
    public String field() {
        return field;
    }
}
