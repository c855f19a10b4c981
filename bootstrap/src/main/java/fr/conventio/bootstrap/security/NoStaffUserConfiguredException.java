package fr.conventio.bootstrap.security;

import fr.conventio.application.security.Roles;

/**
 * Start-up refused: no member of staff could ever sign in (no {@code conventio.security.users} and the demo
 * accounts off). The message says, in French and English, what to set and how to hash a password;
 * {@link StaffUsersFailureAnalyzer} prints it as the reason the application did not start.
 */
public class NoStaffUserConfiguredException extends IllegalStateException {

    static final String DESCRIPTION = "Aucun compte utilisateur n'est configuré : personne ne pourrait se connecter."
            + " / No user account is configured: nobody could sign in.";

    static final String ACTION = String.join(System.lineSeparator(),
            "Déclarez au moins un utilisateur / declare at least one user (application properties, or environment variables):",
            "  conventio.security.users[0].username=mdupont            (CONVENTIO_SECURITY_USERS_0_USERNAME)",
            "  conventio.security.users[0].password={bcrypt}$2a$12$…   (CONVENTIO_SECURITY_USERS_0_PASSWORD) — un hachage, jamais le mot de passe / a hash, never the password",
            "  conventio.security.users[0].roles=ADMINISTRATEUR        (CONVENTIO_SECURITY_USERS_0_ROLES) — parmi / among " + String.join(", ", Roles.ALL),
            "Hachages acceptés / accepted hashes: {bcrypt} (coût / cost ≥ " + PasswordHashes.MIN_BCRYPT_COST + "), {argon2}, {pbkdf2}.",
            PasswordHashes.HOW_TO_HASH,
            "Pour une démonstration seulement / for a demonstration only: --spring.profiles.active=demo"
                    + " (ou / or conventio.security.demo-accounts=true : comptes dont le mot de passe est l'identifiant / accounts whose password is the login).",
            "Voir / see docs/security.md, docs/operations.md.");

    public NoStaffUserConfiguredException() {
        super(DESCRIPTION + System.lineSeparator() + ACTION);
    }
}
