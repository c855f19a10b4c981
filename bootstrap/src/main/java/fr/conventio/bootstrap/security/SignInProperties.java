package fr.conventio.bootstrap.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in throttling ({@code conventio.security.sign-in.*}): after {@code maxFailuresPerAccount} failed
 * sign-ins for one user name, or {@code maxFailuresPerAddress} from one client address, within
 * {@code window}, that user name (or address) is refused for {@code lockout}, whatever the password.
 * The address limit is higher: staff behind one office gateway share an address.
 */
@ConfigurationProperties(prefix = "conventio.security.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
                               @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

    public SignInProperties {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("conventio.security.sign-in.max-failures-per-account / -per-address : au moins 1 / at least 1");
        }
        if (window == null || window.isNegative() || window.isZero() || lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("conventio.security.sign-in.window / .lockout : une durée positive, p. ex. 15m / a positive duration, e.g. 15m");
        }
    }
}
