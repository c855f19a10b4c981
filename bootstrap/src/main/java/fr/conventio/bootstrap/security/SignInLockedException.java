package fr.conventio.bootstrap.security;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/** A sign-in refused, without checking the password, because its user name or its address is locked until {@link #until()}. */
public class SignInLockedException extends LockedException {

    private final transient Instant until;

    public SignInLockedException(Instant until) {
        super("Sign-in temporarily locked after too many failures");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
