package fr.conventio.application.shared;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Checks every service makes before its first write. */
public final class Guards {

    private Guards() {
    }

    /**
     * Refuses a command made on a version the user no longer sees: someone saved the record since.
     * Called right after loading, before anything changes.
     */
    public static void requireVersion(Versioned<?> loaded, long expectedVersion, String aggregateType, Object id) {
        if (loaded.version() == null || loaded.version() != expectedVersion) {
            throw new ConcurrentUpdateException(aggregateType, String.valueOf(id));
        }
    }

    /** Refuses an action on an agreement that is not in one of the allowed states (message as the domain words it). */
    public static void requireStatus(Agreement agreement, String action, AgreementStatus... allowed) {
        if (!Arrays.asList(allowed).contains(agreement.status())) {
            throw new IllegalTransitionException("convention " + agreement.reference() + " : impossible " + FrenchFormat.de(action)
                    + " : elle est à l'état « " + agreement.status().label() + " » ; état requis : "
                    + Arrays.stream(allowed).map(s -> "« " + s.label() + " »").collect(Collectors.joining(" ou ")));
        }
    }

    /** Today, from the injected clock (never the system clock directly). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
