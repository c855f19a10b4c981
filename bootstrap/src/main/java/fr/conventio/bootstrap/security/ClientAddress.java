package fr.conventio.bootstrap.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The client address of a sign-in: the request's remote address, as the servlet container gives it. Behind
 * a reverse proxy it is the proxy's, unless forwarded headers are trusted
 * ({@code server.forward-headers-strategy=native} with {@code server.tomcat.remoteip.internal-proxies} naming
 * the proxy, see docs/security.md): then it is the client's, from {@code X-Forwarded-For}.
 */
final class ClientAddress {

    static final String UNKNOWN = "inconnue";

    private ClientAddress() {
    }

    static String of(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN;
    }
}
