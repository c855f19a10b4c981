package fr.conventio.e2e;

import static fr.conventio.e2e.Pages.click;
import static fr.conventio.e2e.Pages.confirm;
import static fr.conventio.e2e.Pages.confirmationText;
import static fr.conventio.e2e.Pages.date;
import static fr.conventio.e2e.Pages.dialog;
import static fr.conventio.e2e.Pages.submit;
import static fr.conventio.e2e.Pages.text;
import static fr.conventio.e2e.Pages.type;
import static fr.conventio.e2e.Pages.waitForDialogClosed;
import static fr.conventio.e2e.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.security.Roles;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.time.LocalDate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * D5 in headless Chromium: the demo draft ECO-2020-SCS made a 3-year CPO (2020–2022), approved and signed (year 1
 * committed only), the 2021 budget adopted, year 2 confirmed by a yearly notification: both yearly agreements are
 * shown, and the 2021 one (ECO-2020-SCS-A2) is signed with its own figures. Screenshots target/screenshots/multiyear-*.png.
 */
@Order(Integer.MAX_VALUE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MultiYearBrowserIT extends BrowserTestBase {

    @Autowired
    private DefineBudgetLineUseCase defineBudgetLine;
    @Autowired
    private BudgetLineRepository budgetLines;
    @Autowired
    private FunderRepository funders;

    private int shots;

    private void screenshot(String step) {
        Pages.screenshotWithoutNotifications(browser, "multiyear-%02d-%s".formatted(++shots, step));
    }

    @Test
    void d5_a_three_year_cpo_drafted_signed_and_its_year_two_confirmed_shows_both_yearly_agreements() {
        browser.get(url("conventions"));
        Pages.login(browser, "responsable");
        WebElement link = Pages.waiting(browser).until(d -> d.findElement(By.linkText("ECO-2020-SCS")));
        Pages.clickElement(browser, link);
        Pages.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/conventions/[0-9a-f-]{36}"));
        String agreementUrl = browser.getCurrentUrl();
        waitForText(browser, "agreement-stage", "Brouillon");

        // the draft made a CPO of 3 years (the default duration), years 2 and 3 split on CT1 and the Pays d'Aix line
        click(browser, "action-plan-years");
        dialog(browser, "Convention pluriannuelle");
        for (int year : new int[] {2021, 2022}) {
            type(browser, "Budget Principal Métropolitain (CT1) (" + year + ")", "30 000,00");
            type(browser, "Territoire du Pays d'Aix (" + year + ")", "50 000,00");
        }
        screenshot("plan-dialog");
        submit(browser);
        waitForDialogClosed(browser);
        Pages.waitForNotification(browser, "Convention pluriannuelle de 3 exercices enregistrée.");
        assertThat(Pages.normalized(browser.findElement(By.id("multiyear-panel")).getText()))
                .contains("Convention pluriannuelle : 3 exercices, de 2020 à 2022", "à confirmer : 160 000,00 €");
        screenshot("planned");

        // approval and signature: year 1 only is committed
        click(browser, "action-approve");
        dialog(browser, "Enregistrer la délibération");
        type(browser, "Numéro de la délibération", "ECO 001-19/12/2019/BM");
        type(browser, "Instance qui a délibéré", "Bureau de la Métropole");
        date(browser, "Date de la délibération", LocalDate.of(2019, 12, 19));
        submit(browser);
        waitForDialogClosed(browser);
        waitForText(browser, "agreement-stage", "Approuvée");
        click(browser, "action-sign");
        dialog(browser, "Enregistrer la signature");
        date(browser, "Date de signature", LocalDate.of(2020, 2, 3));
        submit(browser);
        confirm(browser);
        waitForText(browser, "agreement-stage", "Signée");

        // the 2021 budget is adopted; year 2 confirmed by a yearly notification of 20/01/2021
        adoptBudget(BudgetYear.of(2021));
        browser.get(agreementUrl);
        click(browser, "action-confirm-year");
        dialog(browser, "Confirmer l'exercice 2021");
        date(browser, "Date de confirmation", LocalDate.of(2021, 1, 20));
        submit(browser);
        assertThat(confirmationText(browser)).contains("2021", "ECO-2020-SCS", "20/01/2021", "notification annuelle", "80 000,00 €");
        screenshot("confirm-year-2");
        confirm(browser);
        Pages.waitForNotification(browser, "Exercice 2021 confirmé le 20/01/2021 : sa convention est signée.");
        Pages.waiting(browser).until(d -> Pages.normalized(d.findElement(By.id("multiyear-panel")).getText()).contains("ECO-2020-SCS-A2"));
        assertThat(Pages.normalized(browser.findElement(By.id("multiyear-panel")).getText())).contains(
                "Année 1 — exercice 2020 : 80 000,00 € (confirmée)", "Année 2 — exercice 2021 : 80 000,00 € (confirmée)",
                "Année 3 — exercice 2022 : 80 000,00 € (à confirmer)");
        screenshot("year-2-confirmed");

        // the 2021 agreement: signed on the confirmation date, its own year and figures
        Pages.clickElement(browser, browser.findElement(By.id("multiyear-link-2")));
        waitForText(browser, "agreement-title", "ECO-2020-SCS-A2");
        waitForText(browser, "agreement-stage", "Signée");
        assertThat(text(browser, "agreement-year")).isEqualTo("Exercice 2021");
        assertThat(text(browser, "figure-subsidy")).isEqualTo("80 000,00 €");
        screenshot("year-2-agreement");

        // the list shows both yearly agreements
        browser.get(url("conventions"));
        Pages.waiting(browser).until(d -> d.findElement(By.linkText("ECO-2020-SCS-A2")));
        assertThat(browser.findElements(By.linkText("ECO-2020-SCS"))).hasSize(1);
        screenshot("list");
    }

    /** The administrator adopts that year's budget on CT1 and CT2, 500 000 € each (through the use case the Administration page calls). */
    private void adoptBudget(BudgetYear year) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin.test", "n/a",
                Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            for (String code : new String[] {"CT1", "CT2"}) {
                var stored = budgetLines.findByCode(funders.findTheFunder().orElseThrow().value().id(), code).orElseThrow();
                defineBudgetLine.define(new DefineBudgetLineCommand(stored.value().id(), stored.version(), code, stored.value().label(), year,
                        Amount.of(500_000), true));
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
