package fr.conventio.e2e;

import static fr.conventio.e2e.Pages.click;
import static fr.conventio.e2e.Pages.dialog;
import static fr.conventio.e2e.Pages.typeInto;
import static fr.conventio.e2e.Pages.waitForFocus;
import static fr.conventio.e2e.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 9, deletion, in headless Chromium: the draft the demo loader made is deleted from its page after a
 * confirmation that names it (« Annuler » focused, axe clean) and is gone from the list; the association of an
 * agreement cannot be deleted (the button is disabled and says why); an association registered and used by nothing
 * is deleted.
 */
@Order(Integer.MAX_VALUE - 1) // after the read-only browser tests: this one changes data
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeletionBrowserIT extends AgreementLifecycleBrowserIT.LifecycleSteps {

    private static final String REFERENCE = AgreementLifecycleBrowserIT.REFERENCE;
    private static final String SCS = "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)";

    @org.junit.jupiter.api.BeforeEach
    void name_the_screenshots() {
        shot = "deletion";
    }

    @Test
    void a_draft_is_deleted_after_confirming_an_association_with_an_agreement_is_not_and_an_unused_one_is() {
        browser.get(url("associations"));
        Pages.login(browser, "instructeur");

        // the seed association has the seed draft: its deletion is offered but disabled, and says why
        openAssociation(SCS);
        WebElement refused = Pages.waiting(browser).until(d -> d.findElement(By.id("association-delete")));
        assertThat(refused.getDomAttribute("disabled")).as("disabled while an agreement refers to it").isNotNull();
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const t = document.querySelector('vaadin-tooltip[for=\"association-delete\"]') || arguments[0].querySelector('vaadin-tooltip');"
                        + " return t ? t.text : null;", refused))
                .isEqualTo("Cette association a des conventions : elle ne peut pas être supprimée.");

        // the seed draft: « Supprimer le brouillon » asks first, « Annuler » being the focused default
        browser.get(url("conventions"));
        Pages.clickElement(browser, Pages.waiting(browser).until(d -> d.findElement(By.linkText(REFERENCE))));
        waitForText(browser, "agreement-stage", "Brouillon");
        click(browser, "action-delete-draft");
        assertThat(Pages.confirmationText(browser)).contains("Le brouillon de convention " + REFERENCE + " sera supprimé");
        Pages.waiting(browser).until(d -> "Annuler".equals(Pages.normalized(String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const a = document.activeElement; return a ? a.textContent : '';")))));
        Accessibility.assertNoSeriousViolation(browser, "draft deletion confirmation");
        screenshot("draft-confirmation");
        Pages.confirm(browser);
        Pages.waitForNotification(browser, "Le brouillon " + REFERENCE + " a été supprimé.");
        Pages.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/conventions(\\?.*)?$"));
        assertThat(Pages.normalized(browser.findElement(By.id("agreements-grid")).getText())).doesNotContain(REFERENCE);

        // an association nothing refers to: registered, then deleted
        browser.get(url("associations"));
        click(browser, "association-create");
        dialog(browser, "Nouvelle association");
        waitForFocus(browser, "association-name");
        typeInto(browser, "association-name", "Les Amis de la Corbeille");
        typeInto(browser, "association-address", "3 rue du Tri");
        typeInto(browser, "association-postal-code", "13001");
        typeInto(browser, "association-city", "Marseille");
        typeInto(browser, "association-representative-name", "Jeanne Tri");
        typeInto(browser, "association-representative-function", "Présidente");
        typeInto(browser, "association-annual-budget", "12 500");
        click(browser, "association-save");
        Pages.waitForDialogClosed(browser);
        waitForText(browser, "association-delete", "Supprimer l'association");
        click(browser, "association-delete");
        assertThat(Pages.confirmationText(browser)).contains("L'association « Les Amis de la Corbeille » sera supprimée");
        Accessibility.assertNoSeriousViolation(browser, "association deletion confirmation");
        screenshot("association-confirmation");
        Pages.confirm(browser);
        Pages.waitForNotification(browser, "L'association « Les Amis de la Corbeille » a été supprimée.");
        Pages.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/associations(\\?.*)?$"));
        typeInto(browser, "associations-filter", "Corbeille");
        waitForText(browser, "associations-count", "0 association(s)");
    }

    private void openAssociation(String name) {
        browser.get(url("associations"));
        Pages.clickElement(browser, Pages.waiting(browser).until(d -> d.findElement(By.linkText(name))));
        waitForText(browser, "association-title", name);
    }
}
