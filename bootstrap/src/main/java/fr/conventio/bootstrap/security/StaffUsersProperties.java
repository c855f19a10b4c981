package fr.conventio.bootstrap.security;

import fr.conventio.application.security.Roles;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.shared.InvalidValueException;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Staff accounts from configuration (see docs/security.md), e.g. in production:
 * <pre>
 * conventio.security.users[0].username=mdupont
 * conventio.security.users[0].password={bcrypt}$2a$12$...   (a hash, never a clear password)
 * conventio.security.users[0].roles=INSTRUCTEUR
 * conventio.security.users[0].email=m.dupont@metropole-exemple.fr   (optional: the daily digest goes there)
 * </pre>
 * The demo accounts of the README are added only when {@code conventio.security.demo-accounts=true}
 * (off by default; the {@code demo} profile turns them on). A user whose password is not a strong hash
 * ({@link PasswordHashes}), whose roles are unknown or whose e-mail address is malformed stops the start-up, with
 * the user named.
 */
@ConfigurationProperties(prefix = "conventio.security")
public record StaffUsersProperties(boolean demoAccounts, List<StaffUser> users) {

    public StaffUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** {@code email} is optional ({@code null}: no daily digest). */
    public record StaffUser(String username, String password, List<String> roles, String email) {

        public StaffUser {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("conventio.security.users[…].username : identifiant manquant / user name missing");
            }
            PasswordHashes.requireStrongHash(username, password);
            if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
                throw new IllegalArgumentException("conventio.security.users « " + username + " » : rôles attendus parmi / roles expected among "
                        + Roles.ALL + (roles == null ? "" : " ; reçus / given: " + roles));
            }
            roles = List.copyOf(roles);
            try {
                email = EmailAddress.optional(email == null ? null : email.strip()) == null ? null : email.strip();
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException("conventio.security.users « " + username + " » : courriel invalide, attendu par exemple"
                        + " m.dupont@metropole-exemple.fr / e-mail address malformed, e.g. m.dupont@metropole-exemple.fr");
            }
        }

        /** Never the hash in logs or error messages. */
        @Override
        public String toString() {
            return "StaffUser[" + username + ", roles=" + roles + (email == null ? "" : ", email=" + email) + "]";
        }
    }
}
