package fr.conventio.bootstrap.security;

import fr.conventio.adapters.web.ui.ContentSecurityPolicyNonce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Writes the Content-Security-Policy of every response, with a fresh nonce per request: the nonce is put in
 * the request attribute {@link ContentSecurityPolicyNonce#REQUEST_ATTRIBUTE}, where the web adapter finds it
 * to mark the scripts of Vaadin's page. The policy is a template in which {@code {nonce}} stands
 * for the nonce ({@link #DEFAULT_POLICY}, or {@code conventio.security.content-security-policy}); it is
 * written before the response is produced (the headers filter writes eagerly) so that the page gets the
 * same nonce.
 */
public class ContentSecurityPolicyHeaderWriter implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";

    /**
     * The tightest policy Vaadin 25 (Flow, Lumo, core components) works with, checked in Chromium on every
     * screen of the end-to-end tests, see docs/security.md:
     * <ul>
     * <li>scripts: this server only, plus the page's own inline scripts, which carry the nonce; an injected
     *     inline script or event handler has none and is refused. {@code 'unsafe-eval'} because Flow runs the
     *     JavaScript the server sends ({@code executeJs}, property bindings) through {@code new Function};</li>
     * <li>styles: this server only, and inline ({@code 'unsafe-inline'}): the components insert {@code <style>}
     *     elements of their own at run time, and Flow sets element styles (a nonce cannot cover either);</li>
     * <li>images and fonts from this server and {@code data:} (icons); {@code blob:} images for previews;</li>
     * <li>{@code 'report-sample'}: a refused script is reported (browser console) with its first characters;</li>
     * <li>everything else from this server only; no plug-ins, no {@code <base>} elsewhere, forms post here
     *     only, and no framing at all ({@code frame-ancestors 'none'}, as {@code X-Frame-Options: DENY}).</li>
     * </ul>
     */
    public static final String DEFAULT_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'nonce-{nonce}' 'unsafe-eval' 'report-sample'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final int NONCE_BYTES = 18;

    private final SecureRandom random = new SecureRandom();
    private final String policy;

    public ContentSecurityPolicyHeaderWriter(String policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) {
            return;
        }
        Object existing = request.getAttribute(ContentSecurityPolicyNonce.REQUEST_ATTRIBUTE);
        String nonce = existing instanceof String value ? value : newNonce();
        request.setAttribute(ContentSecurityPolicyNonce.REQUEST_ATTRIBUTE, nonce);
        response.setHeader(HEADER, policy.replace("{nonce}", nonce));
    }

    private String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
