package fr.conventio.bootstrap.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.time.Duration;

/**
 * Gives every new session the idle timeout of {@code server.servlet.session.timeout} to the second (Tomcat's
 * own setting counts whole minutes). Vaadin's heartbeats do not count as activity
 * ({@code vaadin.closeIdleSessions=true}): an open but idle tab loses its session after the same timeout
 * and goes to the login page ({@code ?expired}).
 */
public class SessionIdleTimeout implements HttpSessionListener {

    private final int seconds;

    public SessionIdleTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("server.servlet.session.timeout : une durée positive, p. ex. 30m / a positive duration, e.g. 30m");
        }
        this.seconds = (int) Math.min(Integer.MAX_VALUE, timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }

    int seconds() {
        return seconds;
    }
}
