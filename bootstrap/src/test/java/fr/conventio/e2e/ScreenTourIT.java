package fr.conventio.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;

import static fr.conventio.e2e.Pages.waitForVaadin;
import static fr.conventio.e2e.Pages.waiting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tour of every main view at 1366×768, as the role that sees most ({@code responsable}; {@code admin}
 * for the administration page), and of the error pages ({@code lecture} opening the administration, an
 * unknown address): a screenshot of each (target/screenshots/tour-NN-name.png, to be looked at), the
 * axe-core check (no critical or serious WCAG 2.1 A/AA violation) on each, each in production mode. Read-only: it
 * shares the browser-test context with the other tests that only read the seed draft.
 */
class ScreenTourIT extends BrowserTestBase {

    private int shots;
    /** Pages with a violation, all reported at the end (the tour goes on, so every page gets checked). */
    private final List<String> failures = new ArrayList<>();

    @Test
    void every_main_view_renders_and_passes_the_accessibility_check() {
        // the login page, before anyone is logged in
        browser.get(url("login"));
        waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        visit("login", "page de connexion");

        Pages.login(browser, "responsable");
        browser.get(url("tableau-de-bord"));
        waitFor("dashboard-budget-grid");
        visit("tableau-de-bord", "tableau de bord");

        browser.get(url("conventions"));
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"), AgreementLifecycleBrowserIT.REFERENCE));
        visit("conventions", "liste des conventions");

        // the draft wizard: its five steps, empty (nothing is saved)
        browser.get(url("conventions/nouvelle"));
        waitFor("draft-steps");
        String[] steps = {"parties", "programme", "budget", "subvention", "versements"};
        for (int i = 0; i < steps.length; i++) {
            if (i > 0) {
                Pages.click(browser, "draft-next");
            }
            int step = i;
            waiting(browser).until(d -> "true".equals(d.findElements(By.cssSelector("#draft-steps vaadin-tab")).get(step)
                    .getDomAttribute("aria-selected")));
            visit("nouvelle-convention-" + (i + 1) + "-" + steps[i], "nouvelle convention, étape " + (i + 1));
        }

        // the agreement page, each tab
        browser.get(url("conventions"));
        WebElement link = waiting(browser).until(d -> d.findElement(By.linkText(AgreementLifecycleBrowserIT.REFERENCE)));
        Pages.clickElement(browser, link);
        waitFor("agreement-tabs");
        String[][] tabs = {{"Synthèse", "synthese"}, {"Programme", "programme"}, {"Budget", "budget"}, {"Versements", "versements"},
                {"Obligations", "obligations"}, {"Liquidation", "liquidation"}, {"Avenants", "avenants"},
                {"Contrôle et évaluation", "controle"}, {"Historique", "historique"}};
        for (String[] tab : tabs) {
            Pages.tab(browser, tab[0]);
            visit("convention-" + tab[1], "convention, onglet " + tab[0]);
        }

        browser.get(url("associations"));
        WebElement association = waiting(browser).until(d -> d.findElement(By.cssSelector("#associations-grid a")));
        visit("associations", "liste des associations");
        Pages.clickElement(browser, association);
        waitFor("association-identity");
        visit("association", "fiche association");

        Pages.switchUser(browser, "admin", url("administration"));
        waitFor("admin-lines-grid");
        visit("administration", "administration");

        // the error pages, inside the layout: a reader opening the administration, then an address that is no page
        Pages.switchUser(browser, "lecture", url("tableau-de-bord"));
        browser.get(url("administration"));
        waitFor("error-title");
        assertThat(Pages.text(browser, "error-title")).isEqualTo("Accès refusé");
        assertThat(browser.findElements(By.id("admin-lines-grid"))).as("the administration is not shown").isEmpty();
        visit("acces-refuse", "page accès refusé");
        browser.get(url("pas-une-page"));
        waitFor("error-title");
        assertThat(Pages.text(browser, "error-title")).isEqualTo("Page introuvable");
        assertThat(Pages.text(browser, "error-page")).doesNotContain("pas-une-page").doesNotContainIgnoringCase("route");
        visit("page-introuvable", "page introuvable");

        assertThat(failures).as("pages with critical or serious accessibility violations").isEmpty();
    }

    private void waitFor(String id) {
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        waitForVaadin(browser);
    }

    /** Screenshot, then the accessibility check (a violation is collected, the tour goes on). */
    private void visit(String name, String page) {
        waitForVaadin(browser);
        assertThat(browser.findElements(By.cssSelector("vaadin-dev-tools, copilot-main")))
                .as("%s in Vaadin production mode: no dev tools, no Copilot", page).isEmpty();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).as("%s is French", page).isEqualTo("fr");
        BrowserSupport.screenshot(browser, "tour-%02d-%s".formatted(++shots, name));
        try {
            Accessibility.assertNoSeriousViolation(browser, page);
            System.out.println("ACCESSIBILITY OK: " + page);
        } catch (AssertionError violation) {
            System.out.println("ACCESSIBILITY FAILED: " + violation.getMessage());
            failures.add(violation.getMessage());
        }
    }
}
