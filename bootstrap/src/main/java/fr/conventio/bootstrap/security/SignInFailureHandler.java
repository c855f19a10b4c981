package fr.conventio.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a failed sign-in goes back to: the login page with {@code ?error} (wrong user name or password,
 * the same whether the user exists or not), or with {@code ?locked=<minutes>} once the user name or the
 * address is locked out (from the failure that starts the lock-out on), so that the page says for how long.
 */
public class SignInFailureHandler implements AuthenticationFailureHandler {

    private final String loginPage;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    public SignInFailureHandler(String loginPage, SignInThrottle throttle, Clock clock) {
        this.loginPage = loginPage;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        Optional<Instant> locked = exception instanceof SignInLockedException refused ? Optional.of(refused.until())
                : throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr());
        if (locked.isPresent()) {
            long seconds = Math.max(0, Duration.between(clock.instant(), locked.get()).toSeconds());
            redirect.sendRedirect(request, response, loginPage + "?locked=" + Math.max(1, (seconds + 59) / 60));
        } else {
            redirect.sendRedirect(request, response, loginPage + "?error");
        }
    }
}
