package fr.conventio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

/**
 * The funder setup checklist on the dashboard, in headless Chromium (reads only): the demo funder has its budget
 * lines set up for 2020 only, so for this year an administrator sees the envelopes and the budget still to adopt on
 * both lines, each with a link to the administration page; a manager sees the same steps and who does them.
 */
class FunderSetupChecklistBrowserIT extends BrowserTestBase {

    private final String year = String.valueOf(LocalDate.now().getYear());

    private String checklist() {
        WebElement panel = Pages.waiting(browser).until(d -> d.findElement(By.id("dashboard-setup")));
        return Pages.normalized(panel.getText());
    }

    @Test
    void b4_an_administrator_sees_what_is_left_to_set_up_for_the_year_and_reaches_the_administration_from_it() {
        browser.get(url("tableau-de-bord"));
        Pages.login(browser, "admin");

        assertThat(checklist()).contains("Mise en place du financeur pour " + year,
                "aucune convention de l'exercice " + year + " ne peut être signée");
        assertThat(Pages.normalized(browser.findElement(By.id("dashboard-setup-funder-identity")).getText())).startsWith("Fait");
        assertThat(Pages.normalized(browser.findElement(By.id("dashboard-setup-signatories")).getText())).startsWith("Fait");
        assertThat(Pages.normalized(browser.findElement(By.id("dashboard-setup-envelopes")).getText()))
                .startsWith("À faire").contains("Enveloppe " + year + " de chaque ligne budgétaire", "CT1", "Compléter dans l'administration");
        assertThat(Pages.normalized(browser.findElement(By.id("dashboard-setup-budget-adopted")).getText()))
                .startsWith("À faire").contains("Budget " + year + " adopté");
        BrowserSupport.screenshot(browser, "dashboard-setup-checklist-admin");
        Accessibility.assertNoSeriousViolation(browser, "tableau de bord avec la mise en place du financeur");

        Pages.clickElement(browser, browser.findElement(By.cssSelector("#dashboard-setup-envelopes a")));
        Pages.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/administration"));
    }

    @Test
    void b4_a_manager_sees_the_steps_and_that_an_administrator_does_them() {
        browser.get(url("tableau-de-bord"));
        Pages.login(browser, "responsable");

        assertThat(checklist()).contains("Mise en place du financeur pour " + year, "À faire",
                "Ces étapes se font dans la page Administration, par un administrateur.");
        assertThat(browser.findElements(By.cssSelector("#dashboard-setup a"))).isEmpty();
        BrowserSupport.fitViewport(browser, 768, 1024);
        BrowserSupport.screenshot(browser, "dashboard-setup-checklist-manager-768");
        Accessibility.assertNoSeriousViolation(browser, "tableau de bord d'un responsable à 768 px");
    }
}
