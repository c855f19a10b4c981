package fr.conventio.bootstrap;

import fr.conventio.application.port.out.CurrentUserPort;

/**
 * The acting user before login exists: start-up tasks (demo data) and, until the staff UI
 * brings authentication, every action is recorded as done by "systeme".
 */
public class SystemUserAdapter implements CurrentUserPort {

    public static final String SYSTEM = "systeme";

    @Override
    public String currentUser() {
        return SYSTEM;
    }
}
