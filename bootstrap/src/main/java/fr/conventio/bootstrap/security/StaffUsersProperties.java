package fr.conventio.bootstrap.security;

import fr.conventio.application.security.Roles;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Staff accounts from configuration, e.g. in production:
 * <pre>
 * conventio.security.demo-accounts=false
 * conventio.security.users[0].username=mdupont
 * conventio.security.users[0].password={bcrypt}$2a$10$...   (never a clear password)
 * conventio.security.users[0].roles=INSTRUCTEUR
 * </pre>
 */
@ConfigurationProperties(prefix = "conventio.security")
public record StaffUsersProperties(boolean demoAccounts, List<StaffUser> users) {

    public StaffUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record StaffUser(String username, String password, List<String> roles) {

        public StaffUser {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("conventio.security.users : identifiant manquant");
            }
            if (password == null || !password.startsWith("{") || password.startsWith("{noop}")) {
                throw new IllegalArgumentException("conventio.security.users[" + username
                        + "] : le mot de passe doit être haché, p. ex. {bcrypt}$2a$10$...");
            }
            if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
                throw new IllegalArgumentException("conventio.security.users[" + username + "] : rôles attendus parmi " + Roles.ALL);
            }
            roles = List.copyOf(roles);
        }
    }
}
