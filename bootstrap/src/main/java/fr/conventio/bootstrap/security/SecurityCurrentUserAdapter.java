package fr.conventio.bootstrap.security;

import fr.conventio.application.port.out.CurrentUserPort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The acting user is the logged-in member of staff; start-up tasks act as "systeme". */
public class SecurityCurrentUserAdapter implements CurrentUserPort {

    public static final String SYSTEM = "systeme";

    @Override
    public String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
