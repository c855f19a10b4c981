package fr.conventio.bootstrap.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Listens to Spring Security's authentication events (published by the {@code AuthenticationEventPublisher}
 * of {@link SecurityConfiguration}): counts every wrong password or unknown user in the
 * {@link SignInThrottle} and logs, with the user name and the client address (never the password), every
 * failure, every lock-out that a failure starts, every attempt refused while locked, every sign-in and
 * sign-out. User names are logged as typed, control characters replaced (no forged log lines).
 */
public class SignInEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SignInEvents.class);
    private static final int MAX_LOGGED_NAME = 100;

    private final SignInThrottle throttle;

    public SignInEvents(SignInThrottle throttle) {
        this.throttle = Objects.requireNonNull(throttle);
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String user = loggable(attempt.getName());
        String address = ClientAddress.of(attempt);
        if (event.getException() instanceof SignInLockedException locked) {
            LOG.warn("Sign-in refused, locked until {}: user '{}' from {}", seconds(locked.until()), user, address);
            return;
        }
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            LOG.warn("Sign-in failed ({}): user '{}' from {}", event.getException().getClass().getSimpleName(), user, address);
            return;
        }
        SignInThrottle.Failure failure = throttle.recordFailure(attempt.getName(), address);
        LOG.warn("Sign-in failed, wrong user name or password: user '{}' from {} ({} of {} failures for this user name, {} of {} from this"
                        + " address, within {})", user, address, failure.account().failures(), failure.account().max(),
                failure.address().failures(), failure.address().max(), minutes(throttle.limits().window()));
        if (failure.account().locksNow()) {
            LOG.warn("Sign-in locked for user name '{}' until {}: {} failures within {} (last from {})", user,
                    seconds(failure.account().lockedUntil().orElseThrow()), failure.account().failures(), minutes(throttle.limits().window()),
                    address);
        }
        if (failure.address().locksNow()) {
            LOG.warn("Sign-in locked for address {} until {}: {} failures within {} (last for user '{}')", address,
                    seconds(failure.address().lockedUntil().orElseThrow()), failure.address().failures(), minutes(throttle.limits().window()),
                    user);
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(event.getAuthentication().getName());
        LOG.info("Sign-in: user '{}' from {}", loggable(event.getAuthentication().getName()), ClientAddress.of(event.getAuthentication()));
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        LOG.info("Sign-out: user '{}'", loggable(event.getAuthentication().getName()));
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** "15 min", "90 s": the window as an operator reads it. */
    static String minutes(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toNanosPart() == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    /** The user name as typed, without control or bidi characters, cut to {@value #MAX_LOGGED_NAME} characters. */
    static String loggable(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(MAX_LOGGED_NAME).forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\'' ? '?' : c));
        return name.codePointCount(0, name.length()) > MAX_LOGGED_NAME ? out + "…" : out.toString();
    }
}
