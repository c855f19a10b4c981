package fr.conventio.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

import java.util.List;
import java.util.Map;

/**
 * Browser steps of the security tests: the Content-Security-Policy violations a page reports (collected from
 * the first script of every document on, through the DevTools protocol, which the policy does not restrict),
 * and the message the login form shows (inside its shadow DOM).
 */
final class SecurityPages {

    /**
     * The one violation development mode causes: Vaadin's dev server adds an inline script (it silences Lit's
     * development warnings) after the page's nonces are set. Production mode has no such script.
     */
    static final String DEV_MODE_LIT_WARNINGS = "const issuedWarnings";

    private SecurityPages() {
    }

    /** From now on, every document of this browser records its CSP violations in {@code window.__cspViolations}. */
    static void recordViolations(WebDriver browser) {
        ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '')));
                """));
    }

    /** The violations the current document reported, but the known development-mode one. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver browser) {
        List<String> all = (List<String>) ((JavascriptExecutor) browser).executeScript("return window.__cspViolations || []");
        return all.stream().filter(violation -> !violation.contains(DEV_MODE_LIT_WARNINGS)).toList();
    }

    /** The title and message of the login form's error box, as shown (empty when no error is shown). */
    static String loginError(WebDriver browser) {
        return Pages.normalized(String.valueOf(((JavascriptExecutor) browser).executeScript("""
                const form = document.querySelector('vaadin-login-form');
                if (!form || !form.error) { return ''; }
                const texts = [];
                const walk = root => root.querySelectorAll('*').forEach(el => {
                    if (el.getAttribute('part') === 'error-message' || el.getAttribute('part') === 'error-message-title'
                            || el.getAttribute('part') === 'error-message-description') {
                        texts.push(el.innerText);
                    }
                    if (el.shadowRoot) { walk(el.shadowRoot); }
                });
                walk(form.shadowRoot || form);
                walk(form);
                return texts.length ? texts.join(' ') : (form.i18n.errorMessage.title + ' ' + form.i18n.errorMessage.message);
                """)));
    }
}
