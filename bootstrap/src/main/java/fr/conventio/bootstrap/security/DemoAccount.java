package fr.conventio.bootstrap.security;

import fr.conventio.application.security.Roles;

/** The demo accounts of the default run (README): one per role, password = login. Never in production. */
public enum DemoAccount {
    INSTRUCTEUR("instructeur", Roles.INSTRUCTEUR),
    RESPONSABLE("responsable", Roles.RESPONSABLE),
    FINANCES("finances", Roles.FINANCES),
    LECTURE("lecture", Roles.LECTURE),
    ADMINISTRATEUR("admin", Roles.ADMINISTRATEUR);

    private final String username;
    private final String role;

    DemoAccount(String username, String role) {
        this.username = username;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String password() {
        return username;
    }

    public String role() {
        return role;
    }
}
