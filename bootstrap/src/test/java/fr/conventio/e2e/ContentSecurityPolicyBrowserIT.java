package fr.conventio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The application still works under its Content-Security-Policy, in a real Chromium: sign in, the agreement
 * list, an agreement and its tabs, with no violation reported (but the one development mode adds); and the
 * policy does refuse what an attacker would inject (an inline script without the page's nonce). (Without
 * {@code 'unsafe-eval'} the login form does not even appear: Flow runs the server's JavaScript through
 * {@code new Function}.)
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    @Test
    void sign_in_the_list_and_an_agreement_work_under_the_policy_which_refuses_an_injected_script() {
        SecurityPages.recordViolations(browser);
        browser.get(url("conventions"));
        Pages.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        Pages.waitForVaadin(browser);
        assertThat(SecurityPages.violations(browser)).as("login page").isEmpty();
        Pages.login(browser, "lecture");
        Pages.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"), AgreementLifecycleBrowserIT.REFERENCE));
        assertThat(SecurityPages.violations(browser)).as("agreement list").isEmpty();
        String export = browser.findElement(By.id("agreements-export")).getDomAttribute("href");
        Object exportCaching = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('cache-control'))).catch(e => done('error ' + e));""",
                export);
        assertThat(String.valueOf(exportCaching)).as("a download carries data: never stored").startsWith("200 ").contains("no-store");

        WebElement link = Pages.waiting(browser).until(d -> d.findElement(By.linkText(AgreementLifecycleBrowserIT.REFERENCE)));
        Pages.clickElement(browser, link);
        Pages.waitForText(browser, "agreement-title", AgreementLifecycleBrowserIT.REFERENCE);
        for (String tab : new String[] {"Budget", "Obligations", "Liquidation", "Historique"}) {
            Pages.tab(browser, tab);
        }
        assertThat(Pages.text(browser, "figure-subsidy")).isEqualTo("80 000,00 €");
        BrowserSupport.screenshot(browser, "csp-agreement");
        assertThat(SecurityPages.violations(browser)).as("agreement page and its tabs").isEmpty();

        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return document.documentElement.lang")).as("Flow ran the server's JavaScript").isEqualTo("fr");
        Object injected = js.executeScript("""
                const script = document.createElement('script');
                script.textContent = 'window.__injected = true';
                document.head.appendChild(script);
                return window.__injected === true;""");
        assertThat(injected).as("an inline script without the nonce does not run").isEqualTo(false);
        Pages.waiting(browser).until(d -> !SecurityPages.violations(d).isEmpty());
        assertThat(SecurityPages.violations(browser)).singleElement().asString().startsWith("script-src-elem blocked inline");
    }
}
