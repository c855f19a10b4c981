package fr.conventio.bootstrap.mail;

import fr.conventio.application.security.Roles;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a scheduled job's use case as a system user with the case officer's role only (the jobs' work is case work,
 * and such a user can do nothing else), through the use case's proxy like any caller (authorization, one
 * transaction); the caller's security context is put back afterwards.
 */
final class SystemUser {

    private SystemUser() {
    }

    static <T> T runAs(String username, SecurityContextHolderStrategy strategy, Supplier<T> work) {
        SecurityContext before = strategy.getContext();
        SecurityContext system = strategy.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.INSTRUCTEUR))));
        strategy.setContext(system);
        try {
            return work.get();
        } finally {
            strategy.setContext(before);
        }
    }
}
