package fr.conventio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The login page tells, in French, why a sign-in failed: wrong user name or password, then, after five
 * failures, that signing in is locked for 15 minutes, for an account that does not exist as for one that does.
 */
class SignInBrowserIT extends BrowserTestBase {

    @Test
    void after_five_failures_the_login_page_says_in_french_that_signing_in_is_locked_for_15_minutes() {
        browser.get(url("login"));
        fail("compte.inexistant", "mauvais");
        assertThat(SecurityPages.loginError(browser)).contains("Identifiant ou mot de passe incorrect");
        for (int attempt = 2; attempt <= 5; attempt++) {
            fail("compte.inexistant", "mauvais");
        }
        assertThat(browser.getCurrentUrl()).endsWith("/login?locked=15");
        assertThat(SecurityPages.loginError(browser)).contains("Connexion temporairement bloquée")
                .contains("la connexion est bloquée pendant encore 15 minutes, même avec le bon mot de passe");
        BrowserSupport.screenshot(browser, "login-locked");
        Accessibility.assertNoSeriousViolation(browser, "connexion bloquée");
    }

    private void fail(String user, String password) {
        WebElement username = Pages.waiting(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__beforeSubmit = true");
        username.sendKeys(user);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        // the form posts, the server redirects back to the login page: a new document, with the error shown
        Pages.waiting(browser).until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.__beforeSubmit === true")));
        Pages.waiting(browser).until(d -> !SecurityPages.loginError(d).isEmpty());
    }
}
