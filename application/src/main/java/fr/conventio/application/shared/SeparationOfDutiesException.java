package fr.conventio.application.shared;

/**
 * Refused by the separation of duties ({@link SeparationOfDuties}): the user's roles allow the use case, but
 * not on this agreement, because the same person did the step it checks. The message (French, for staff)
 * says who may do it.
 */
public class SeparationOfDutiesException extends RuntimeException {

    public SeparationOfDutiesException(String message) {
        super(message);
    }
}
