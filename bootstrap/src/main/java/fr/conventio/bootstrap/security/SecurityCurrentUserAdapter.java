package fr.conventio.bootstrap.security;

import fr.conventio.application.port.out.CurrentUserPort;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.function.Supplier;

/** The acting user is the logged-in member of staff; start-up tasks act as "systeme". */
public class SecurityCurrentUserAdapter implements CurrentUserPort {

    public static final String SYSTEM = "systeme";

    private final Supplier<SecurityContextHolderStrategy> securityContexts;

    /** With the static {@link SecurityContextHolder}'s strategy (tests without a security configuration). */
    public SecurityCurrentUserAdapter() {
        this(SecurityContextHolder::getContextHolderStrategy);
    }

    /** With the application's own strategy, the one its security filter chain fills (see {@code UseCaseProxies}). */
    public SecurityCurrentUserAdapter(Supplier<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts;
    }

    @Override
    public String currentUser() {
        Authentication authentication = securityContexts.get().getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
