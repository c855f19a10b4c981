package fr.conventio.application.shared;

/**
 * The storage did not answer in time (database down, frozen or overloaded, connection lost): the use case
 * was not carried out and nothing of it was kept (its transaction is rolled back). Staff may try again in
 * a moment; the cause (for the log) is the infrastructure's exception.
 */
public class StorageUnavailableException extends RuntimeException {

    public static final String MESSAGE = "Base de données indisponible, réessayez dans quelques instants.";

    public StorageUnavailableException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
