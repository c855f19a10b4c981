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

    @Test
    void filters_and_sort_are_in_the_address_kept_on_back_and_on_reload_and_a_shared_address_opens_the_same_list() {
        browser.get(url("conventions"));
        Pages.login(browser, "lecture");
        Pages.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"), "ECO-2020-SCS"));

        Pages.typeInto(browser, "filter-year", "2020");
        Pages.typeInto(browser, "filter-text", "SCS");
        Pages.waiting(browser).until(d -> d.getCurrentUrl().contains("recherche=SCS"));
        assertThat(browser.getCurrentUrl()).contains("exercice=2020");

        Pages.clickElement(browser, browser.findElement(By.cssSelector("#agreements-grid a.agreement-link")));
        Pages.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/conventions/[0-9a-f-]{36}$"));
        browser.navigate().back();
        Pages.waiting(browser).until(d -> d.getCurrentUrl().contains("recherche=SCS"));
        Pages.waitForVaadin(browser);
        assertThat(Pages.valueOf(browser, "filter-year")).isEqualTo("2020");
        assertThat(Pages.valueOf(browser, "filter-text")).isEqualTo("SCS");

        browser.navigate().refresh();
        Pages.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"), "ECO-2020-SCS"));
        assertThat(Pages.valueOf(browser, "filter-year")).isEqualTo("2020");
        assertThat(Pages.valueOf(browser, "filter-text")).isEqualTo("SCS");

        browser.get(url("conventions?exercice=2021&tri=subsidy&ordre=desc"));
        Pages.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-count"), "0 convention(s)"));
        assertThat(Pages.valueOf(browser, "filter-year")).isEqualTo("2021");
        assertThat(browser.getCurrentUrl()).contains("exercice=2021", "tri=subsidy", "ordre=desc");
        BrowserSupport.screenshot(browser, "agreements-list-from-address");

        browser.get(url("associations?recherche=pole"));
        Pages.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("associations-grid"), "POLE"));
        assertThat(Pages.valueOf(browser, "associations-filter")).isEqualTo("pole");
    }
}
