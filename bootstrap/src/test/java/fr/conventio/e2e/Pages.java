package fr.conventio.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Browser steps shared by the end-to-end tests (Vaadin inputs live in shadow DOM: the real input is a light-DOM child). */
final class Pages {

    private Pages() {
    }

    /** Fills the login form with a demo account (password = login) and waits for the main layout. */
    static void login(WebDriver browser, String account) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(account);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(account);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }
}
