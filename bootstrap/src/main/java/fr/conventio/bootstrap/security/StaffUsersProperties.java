package fr.conventio.bootstrap.security;

import fr.conventio.application.security.Roles;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Staff accounts from configuration (see docs/security.md), e.g. in production:
 * <pre>
 * conventio.security.users[0].username=mdupont
 * conventio.security.users[0].password={bcrypt}$2a$12$...   (a hash, never a clear password)
 * conventio.security.users[0].roles=INSTRUCTEUR
 * </pre>
 * The demo accounts of the README are added only when {@code conventio.security.demo-accounts=true}
 * (off by default; the {@code demo} profile turns them on). A user whose password is not a strong hash
 * ({@link PasswordHashes}) or whose roles are unknown stops the start-up, with the user named.
 */
@ConfigurationProperties(prefix = "conventio.security")
public record StaffUsersProperties(boolean demoAccounts, List<StaffUser> users) {

    public StaffUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record StaffUser(String username, String password, List<String> roles) {

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
        }

        /** Never the hash in logs or error messages. */
        @Override
        public String toString() {
            return "StaffUser[" + username + ", roles=" + roles + "]";
        }
    }
}
