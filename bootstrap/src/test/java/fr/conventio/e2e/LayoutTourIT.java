package fr.conventio.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;

import static fr.conventio.e2e.Pages.waitForVaadin;
import static fr.conventio.e2e.Pages.waiting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen at the two sizes staff use (a 1366×768 laptop, a 768×1024 tablet held upright): the page never
 * scrolls sideways ({@code scrollWidth <= innerWidth}), no badge, title or header element is cut (its content
 * wider than its box, or its box beyond its grid cell or the window), and the axe check passes, including with a
 * dialog of each kind open (an action dialog of the agreement page, a confirmation, the association dialog, a
 * budget-line dialog). Screenshots in target/screenshots/layout-WIDTH-NN-name.png. Read-only: every dialog is
 * cancelled, so it shares the browser-test context with the other tests that only read the seed draft.
 */
class LayoutTourIT extends BrowserTestBase {

    private static final int[][] SIZES = {{1366, 768}, {768, 1024}};

    /** What is wrong, all reported at the end (the tour goes on, so every screen gets checked). */
    private final List<String> failures = new ArrayList<>();
    private int width;
    private int shots;

    @Test
    void every_screen_and_dialog_fits_at_laptop_and_tablet_sizes_and_passes_the_accessibility_check() {
        for (int[] size : SIZES) {
            width = size[0];
            shots = 0;
            BrowserSupport.fitViewport(browser, size[0], size[1]);
            browser.manage().deleteAllCookies();
            tour();
        }
        assertThat(failures).as("screens cut, overflowing or with accessibility violations").isEmpty();
    }

    private void tour() {
        browser.get(url("login"));
        waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        check("login", "page de connexion");

        Pages.login(browser, "responsable");
        browser.get(url("tableau-de-bord"));
        waitFor("dashboard-budget-grid");
        check("tableau-de-bord", "tableau de bord");

        browser.get(url("conventions"));
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"), AgreementLifecycleBrowserIT.REFERENCE));
        check("conventions", "liste des conventions");

        browser.get(url("conventions/nouvelle"));
        waitFor("draft-steps");
        for (int i = 0; i < 5; i++) {
            if (i > 0) {
                Pages.click(browser, "draft-next");
            }
            int step = i;
            waiting(browser).until(d -> "true".equals(d.findElements(By.cssSelector("#draft-steps vaadin-tab")).get(step)
                    .getDomAttribute("aria-selected")));
            check("nouvelle-convention-" + (i + 1), "nouvelle convention, étape " + (i + 1));
        }

        browser.get(url("conventions"));
        WebElement link = waiting(browser).until(d -> d.findElement(By.linkText(AgreementLifecycleBrowserIT.REFERENCE)));
        Pages.clickElement(browser, link);
        waitFor("agreement-tabs");
        String[][] tabs = {{"Synthèse", "synthese"}, {"Programme", "programme"}, {"Budget", "budget"}, {"Versements", "versements"},
                {"Obligations", "obligations"}, {"Liquidation", "liquidation"}, {"Avenants", "avenants"},
                {"Contrôle et évaluation", "controle"}, {"Historique", "historique"}};
        for (String[] tab : tabs) {
            // at 768 px the tab bar scrolls sideways (Vaadin's arrows): the tab is brought into view first
            Pages.scrollTo(browser, waiting(browser).until(d -> d.findElement(By.xpath(
                    "//vaadin-tabsheet[@id='agreement-tabs']//vaadin-tab[normalize-space(.)=" + Pages.xpathLiteral(tab[0]) + "]"))));
            Pages.tab(browser, tab[0]);
            check("convention-" + tab[1], "convention, onglet " + tab[0]);
        }
        // an action dialog of the agreement page: the approval of the draft, cancelled
        Pages.scrollTo(browser, browser.findElement(By.xpath("//vaadin-tabsheet[@id='agreement-tabs']//vaadin-tab[normalize-space(.)='Synthèse']")));
        Pages.tab(browser, "Synthèse");
        Pages.click(browser, "action-approve");
        Pages.dialog(browser, "Enregistrer la délibération");
        check("dialogue-approbation", "dialogue d'approbation");
        closeDialog();

        browser.get(url("associations"));
        WebElement association = waiting(browser).until(d -> d.findElement(By.cssSelector("#associations-grid a")));
        check("associations", "liste des associations");
        Pages.click(browser, "association-create");
        waitFor("association-name");
        check("dialogue-association", "dialogue association");
        closeDialog();
        association = waiting(browser).until(d -> d.findElement(By.cssSelector("#associations-grid a")));
        Pages.clickElement(browser, association);
        waitFor("association-identity");
        check("association", "fiche association");

        // a confirmation: leaving the draft wizard with something typed
        browser.get(url("conventions/nouvelle"));
        waitFor("draft-steps");
        WebElement input = waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#draft-reference > input")));
        input.sendKeys("ESSAI-MISE-EN-PAGE");
        input.sendKeys(Keys.TAB);
        waitForVaadin(browser);
        // the router's own navigation (as a click on a menu entry; at 768 px the menu is folded away)
        ((JavascriptExecutor) browser).executeScript("history.pushState(null, '', 'conventions'); window.dispatchEvent(new PopStateEvent('popstate'))");
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']")));
        check("confirmation", "confirmation de sortie");
        // leave without saving (the other button; staying is the default): nothing typed is kept to warn about later
        Pages.clickElement(browser, browser.findElement(By.cssSelector("vaadin-confirm-dialog[opened] [slot='reject-button']")));
        waiting(browser).until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());

        Pages.switchUser(browser, "admin", url("administration"));
        waitFor("admin-lines-grid");
        check("administration", "administration");
        Pages.click(browser, "admin-line-create");
        waitFor("budget-line-code");
        check("dialogue-ligne-budgetaire", "dialogue ligne budgétaire");
        closeDialog();

        Pages.switchUser(browser, "lecture", url("tableau-de-bord"));
        browser.get(url("administration"));
        waitFor("error-title");
        check("acces-refuse", "page accès refusé");
        browser.get(url("pas-une-page"));
        waitFor("error-title");
        check("page-introuvable", "page introuvable");
    }

    private void waitFor(String id) {
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        waitForVaadin(browser);
    }

    /** Escape closes the open dialog (nothing saved). */
    private void closeDialog() {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting(browser).until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        waitForVaadin(browser);
    }

    /** Waits (at most 3 s) for the opening animations (a dialog fading in) to end: axe would measure colours half-faded. */
    private void settleAnimations() {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(3)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript("return document.getAnimations().every(a => a.playState !== 'running')")));
        } catch (org.openqa.selenium.TimeoutException endless) {
            // an endless animation (a spinner): checked as it is
        }
    }

    /** Screenshot, overflow and cut checks, then the accessibility check; what fails is collected. */
    private void check(String name, String page) {
        waitForVaadin(browser);
        settleAnimations();
        String where = page + " à " + width + " px";
        BrowserSupport.screenshot(browser, "layout-%d-%02d-%s".formatted(width, ++shots, name));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        if (scrollWidth > innerWidth) {
            failures.add(where + ": the page scrolls sideways (" + scrollWidth + " > " + innerWidth + ")");
        }
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) js.executeScript(CUT_ELEMENTS);
        if (!cut.isEmpty()) {
            failures.add(where + ": cut " + cut);
        }
        try {
            Accessibility.assertNoSeriousViolation(browser, where);
        } catch (AssertionError violation) {
            failures.add(violation.getMessage());
        }
        System.out.println("LAYOUT " + where + ": overflow " + scrollWidth + "/" + innerWidth + ", cut " + cut);
    }

    /**
     * The visible badges, titles and header elements (the main layout's bar, the agreement header, dialog
     * headers) whose content is wider than their box, or whose box goes beyond the grid cell they sit in or
     * (outside grids, which scroll sideways when wider than the window) beyond the window.
     */
    private static final String CUT_ELEMENTS = """
            const cut = [];
            const selector = 'vaadin-badge, .stage-badge, .page-title, .app-title, h1, h2, h3, #current-user, #logout,'
                + ' .agreement-header *, .key-figures *, vaadin-app-layout [slot="navbar"] *, vaadin-dialog-overlay [slot="title"]';
            const name = el => el.localName + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
            for (const el of document.querySelectorAll(selector)) {
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || el.closest('[hidden]')) continue;
              const style = getComputedStyle(el);
              if (style.visibility === 'hidden' || style.display === 'inline') continue;
              if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll') {
                cut.push(name(el) + ' content ' + el.scrollWidth + ' > box ' + el.clientWidth);
                continue;
              }
              const cell = el.closest('vaadin-grid-cell-content');
              // in a grid wider than the window, the grid scrolls sideways (its scroll bar shows): not cut
              if (box.right > window.innerWidth + 1 && !cell) {
                cut.push(name(el) + ' ends at ' + Math.round(box.right) + ' beyond the window');
                continue;
              }
              if (cell) {
                const c = cell.getBoundingClientRect();
                if (box.right > c.right + 1 || box.left < c.left - 1) {
                  cut.push(name(el) + ' beyond its grid cell (' + Math.round(box.right) + ' > ' + Math.round(c.right) + ')');
                }
              }
            }
            return cut;
            """;
}
