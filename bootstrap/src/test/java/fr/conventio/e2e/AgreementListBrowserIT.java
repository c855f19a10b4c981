package fr.conventio.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton in a real browser: headless Chromium logs in with a demo account and the
 * agreements list shows the real 2020 agreement with 80 000,00 € and 7,69 %, French formatted.
 */
class AgreementListBrowserIT extends BrowserTestBase {

    @Test
    void a_reader_logs_in_and_sees_the_seed_agreement_in_the_list() {
        browser.get(url("conventions"));
        Pages.login(browser, "lecture");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"), "ECO-2020-SCS"));
        // WebDriver's getText() turns the no-break spaces of French amounts into plain spaces
        String grid = browser.findElement(By.id("agreements-grid")).getText().replace('\u00A0', ' ');
        assertThat(grid).contains("ECO-2020-SCS", "SCS", "2020", "80 000,00 €", "7,69 %", "Brouillon");
        assertThat(browser.findElement(By.id("current-user")).getText()).contains("lecture", "Lecture");
        BrowserSupport.screenshot(browser, "agreements-list");
        Accessibility.assertNoSeriousViolation(browser, "liste des conventions");
    }
}
