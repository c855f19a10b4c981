package fr.conventio.bootstrap.security;

import fr.conventio.adapters.web.calendar.CalendarFeedServlet;
import fr.conventio.application.port.out.CalendarTokenRepository;
import fr.conventio.application.shared.CalendarTokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signs a calendar feed's request ({@code /calendrier/<token>…}) in as the owner of the token, for that request only:
 * no session is created nor saved (the token is the credential, sent by a calendar application, never a browser
 * session). The owner must still be a configured member of staff, enabled and not locked, and acts with their
 * configured roles; an unknown, revoked or malformed token, or an owner no longer configured, leaves the request
 * anonymous, and the feed's use case then refuses it (a bare 404). The token is never logged.
 */
final class CalendarTokenAuthentication extends OncePerRequestFilter {

    private static final String PATH = "/" + CalendarFeedServlet.LINK_PREFIX;

    private final CalendarTokenRepository tokens;
    private final UserDetailsService users;
    private final Supplier<SecurityContextHolderStrategy> securityContexts;

    CalendarTokenAuthentication(CalendarTokenRepository tokens, UserDetailsService users, Supplier<SecurityContextHolderStrategy> securityContexts) {
        this.tokens = tokens;
        this.users = users;
        this.securityContexts = securityContexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pathInApplication(request).startsWith(PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String below = pathInApplication(request).substring(PATH.length() - 1);
        Optional<UserDetails> owner = CalendarFeedServlet.target(below)
                .filter(target -> CalendarTokens.isWellFormed(target.token()))
                .flatMap(target -> tokens.ownerOf(CalendarTokens.digest(target.token())))
                .flatMap(this::staffMember);
        if (owner.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolderStrategy strategy = securityContexts.get();
        SecurityContext before = strategy.getContext();
        SecurityContext asOwner = strategy.createEmptyContext();
        asOwner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get().getUsername(), null,
                owner.get().getAuthorities()));
        strategy.setContext(asOwner);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.setContext(before);
        }
    }

    private Optional<UserDetails> staffMember(String login) {
        try {
            UserDetails user = users.loadUserByUsername(login);
            return user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }

    private static String pathInApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
