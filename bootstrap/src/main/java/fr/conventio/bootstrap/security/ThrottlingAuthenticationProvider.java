package fr.conventio.bootstrap.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.util.Objects;

/**
 * Checks the lock-out before the password: while a user name or a client address is locked
 * ({@link SignInThrottle}), every sign-in for it is refused with {@link SignInLockedException}, the right
 * password included, and the same way whether the user exists or not. Otherwise the delegate checks the
 * password. The failures themselves are counted from the authentication events ({@link SignInEvents}).
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    public ThrottlingAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = Objects.requireNonNull(delegate);
        this.throttle = Objects.requireNonNull(throttle);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var locked = throttle.lockedUntil(authentication.getName(), ClientAddress.of(authentication));
        if (locked.isPresent()) {
            throw new SignInLockedException(locked.get());
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication) && delegate.supports(authentication);
    }
}
