package fr.conventio.domain.shared;

/** A lifecycle transition is not allowed from the current state; the message names that state. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
