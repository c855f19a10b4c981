package fr.conventio.application.mail;

import java.util.Set;

/**
 * Whether staff with these roles may run a use case — the application's {@code UseCasePermissions}, handed in by
 * bootstrap (the permissions name every use case, this package's included: read from here directly, they would make
 * a cycle). The digest keeps for each member of staff what they may act on.
 */
@FunctionalInterface
public interface StaffRightsPort {

    boolean mayRun(Class<?> useCase, Set<String> roles);
}
