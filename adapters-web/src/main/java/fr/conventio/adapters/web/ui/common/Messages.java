package fr.conventio.adapters.web.ui.common;

import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.SeparationOfDutiesException;
import fr.conventio.application.shared.StorageUnavailableException;
import fr.conventio.domain.shared.DomainException;

import java.util.Optional;

/**
 * Turns what a use case throws into the French sentence shown to staff. Domain refusals, malformed
 * commands, concurrent edits, missing records, forbidden actions, the separation of duties and an unavailable
 * database carry
 * messages written for staff; anything else is unexpected and gets a generic sentence (the details go to the log,
 * never to the screen).
 */
public final class Messages {

    public static final String UNEXPECTED = "Une erreur inattendue est survenue : l'action n'a pas été enregistrée. "
            + "Réessayez ; si le problème persiste, signalez-le avec la date et l'heure.";

    private Messages() {
    }

    /** The message for staff when the exception is an expected refusal, empty when it is unexpected. */
    public static Optional<String> forStaff(Throwable error) {
        if (error instanceof DomainException || error instanceof ConcurrentUpdateException
                || error instanceof NotFoundException || error instanceof NotAllowedException
                || error instanceof SeparationOfDutiesException || error instanceof StorageUnavailableException) {
            return Optional.ofNullable(error.getMessage());
        }
        if (error.getCause() != null && error.getCause() != error) {
            return forStaff(error.getCause());
        }
        return Optional.empty();
    }

    /**
     * The rule of RULES.md that refused (e.g. "V2"), for logs only: staff read the French message, never the code.
     */
    public static Optional<String> ruleId(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException refusal && refusal.ruleId() != null) {
                return Optional.of(refusal.ruleId());
            }
        }
        return Optional.empty();
    }

    public static String of(Throwable error) {
        return forStaff(error).orElse(UNEXPECTED);
    }

    /** The concurrent update behind {@code error} (itself or one of its causes), when someone else saved the record first. */
    public static Optional<ConcurrentUpdateException> staleRecord(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrentUpdateException stale) {
                return Optional.of(stale);
            }
        }
        return Optional.empty();
    }
}
