package fr.conventio.e2e;

import static fr.conventio.e2e.Pages.click;
import static fr.conventio.e2e.Pages.typeInto;
import static fr.conventio.e2e.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.annotation.DirtiesContext;

/**
 * V5 and D5 through the draft wizard in headless Chromium: a new 3-year CPO (2020–2022) paid in 3 instalments (at
 * signature, on a date, the balance) typed step by step, the schedule's « Reste à répartir » followed live, the later
 * years split on the budget lines, the review step read, one save; the agreement page shows the schedule and the years.
 * Screenshots target/screenshots/wizard-payments-*.png.
 */
@Order(Integer.MAX_VALUE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DraftWizardPaymentsBrowserIT extends BrowserTestBase {

    private static final String REFERENCE = "CPO-2020-ECH";

    private int shots;

    private void screenshot(String step) {
        Pages.screenshotWithoutNotifications(browser, "wizard-payments-%02d-%s".formatted(++shots, step));
    }

    @Test
    void v5_d5_a_three_year_cpo_paid_in_three_instalments_is_drafted_through_the_wizard_and_shown_on_its_page() {
        browser.get(url("conventions"));
        Pages.login(browser, "responsable");
        browser.get(url("conventions/nouvelle"));
        Pages.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("draft-steps")));
        Pages.waitForVaadin(browser);

        // 1. parties
        comboBox("draft-association", "solutions");
        select("Signataire du financeur", 0, "Monsieur Gérard BRAMOULLÉ");
        typeInto(browser, "draft-reference", REFERENCE);
        typeInto(browser, "draft-year", "2020");
        next();
        // 2. object and programme
        WebElement objectives = Pages.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#draft-objectives textarea")));
        objectives.click();
        objectives.sendKeys("Soutenir l'innovation numérique du territoire sur trois exercices.");
        typeLabelled("Catégorie I : intitulé", "Animation de la filière");
        typeLabelled("Action 1", "Rencontres trimestrielles des entreprises");
        next();
        // 3. forecast budget
        typeInto(browser, "draft-expenses", "1 040 335");
        next();
        // 4. subsidy and its split on CT1 and CT2
        typeInto(browser, "draft-subsidy", "80 000");
        select("Ligne budgétaire", 0, "CT1 — Budget Principal Métropolitain");
        typeLabelledAt("Montant sur la ligne", 0, "30 000");
        Pages.clickElement(browser, button("Ajouter une ligne budgétaire"));
        select("Ligne budgétaire", 1, "CT2 — Territoire du Pays d'Aix");
        typeLabelledAt("Montant sur la ligne", 1, "50 000");
        waitForText(browser, "draft-left-to-split", "La répartition totalise la subvention.");
        next();

        // 5. payment: three instalments, the schedule's remainder followed live
        Pages.clickElement(browser, browser.findElement(By.xpath("//*[@id='draft-payment-mode']//vaadin-radio-button[.//label[normalize-space(.)="
                + Pages.xpathLiteral("Versements échelonnés") + "]]")));
        Pages.waitForVaadin(browser);
        Pages.clickElement(browser, button("Ajouter un versement"));
        typeLabelled("Versement 1 : montant", "40 000");
        waitForText(browser, "draft-instalments-left", "Reste à répartir : 40 000,00 €");
        select("Condition du versement", 1, "À une date");
        dateLabelled("Date du versement", "01/06/2020");
        typeLabelled("Versement 2 : montant", "24 000");
        waitForText(browser, "draft-instalments-left", "Reste à répartir : 16 000,00 €");
        screenshot("instalments-left");
        typeLabelled("Versement 3 : montant", "16 000");
        waitForText(browser, "draft-instalments-left", "Les versements totalisent la subvention.");
        screenshot("instalments");
        next();

        // 6. duration: 3 budget years, years 2 and 3 split on the two lines
        select("Durée", 0, "3 exercices (2020 à 2022)");
        typeAndLeave("draft-year-amount-2", "70 000");
        typeAndLeave("draft-year-2-line-0", "30 000");
        waitForText(browser, "draft-year-left-2", "Reste à ventiler : 40 000,00 €");
        typeAndLeave("draft-year-2-line-1", "40 000");
        typeAndLeave("draft-year-amount-3", "60 000");
        typeAndLeave("draft-year-3-line-0", "30 000");
        typeAndLeave("draft-year-3-line-1", "30 000");
        waitForText(browser, "draft-year-left-3", "La répartition totalise le montant de l'exercice.");
        screenshot("duration");
        next();

        // 7. review
        waitForText(browser, "draft-review-instalment-2", "Versement n° 2 : 24 000,00 €, le 01/06/2020");
        assertThat(Pages.text(browser, "draft-review-year-3")).isEqualTo("Année 3 — exercice 2022 : 60 000,00 € (CT1 : 30 000,00 € ; CT2 : 30 000,00 €)");
        screenshot("review");
        Accessibility.assertNoSeriousViolation(browser, "assistant, récapitulatif");

        click(browser, "draft-save");
        Pages.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/conventions/[0-9a-f-]{36}"));
        waitForText(browser, "agreement-stage", "Brouillon");
        Pages.waiting(browser).until(d -> Pages.normalized(d.findElement(By.id("multiyear-panel")).getText())
                .contains("Convention pluriannuelle : 3 exercices, de 2020 à 2022"));
        assertThat(Pages.normalized(browser.findElement(By.id("multiyear-panel")).getText()))
                .contains("Année 2 — exercice 2021 : 70 000,00 €", "Année 3 — exercice 2022 : 60 000,00 €");
        screenshot("agreement-years");
        Pages.tab(browser, "Versements");
        WebElement grid = Pages.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("instalments-grid")));
        Pages.waiting(browser).until(d -> Pages.normalized(grid.getText()).contains("16 000,00 €"));
        assertThat(Pages.normalized(grid.getText())).contains("40 000,00 €", "à la signature", "24 000,00 €", "le 01/06/2020");
        screenshot("agreement-instalments");
    }

    private void next() {
        click(browser, "draft-next");
        Pages.waitForVaadin(browser);
    }

    /** Types into the field with this id, then leaves it (Tab) so that its value is sent and the live figures follow. */
    private void typeAndLeave(String id, String value) {
        typeInto(browser, id, value);
        Pages.press(browser, Keys.TAB);
        Pages.waitForVaadin(browser);
    }

    private static String labelled(String label) {
        return "//*[starts-with(local-name(), 'vaadin-')][label[@slot='label' and normalize-space(.)=" + Pages.xpathLiteral(label) + "]]";
    }

    private void typeLabelled(String label, String value) {
        typeLabelledAt(label, 0, value);
    }

    /** Types into the {@code index}-th visible field labelled {@code label}, then leaves it (Tab) so that its value is sent. */
    private void typeLabelledAt(String label, int index, String value) {
        WebElement input = Pages.waiting(browser).until(d -> {
            List<WebElement> inputs = d.findElements(By.xpath(labelled(label) + "//input[@slot='input']")).stream()
                    .filter(WebElement::isDisplayed).toList();
            return inputs.size() > index ? inputs.get(index) : null;
        });
        Pages.scrollTo(browser, input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
        Pages.waitForVaadin(browser);
    }

    /** Types a date as dd/MM/yyyy in the visible date picker labelled {@code label} and commits it with Enter (its overlay closes). */
    private void dateLabelled(String label, String date) {
        WebElement input = Pages.waiting(browser).until(d -> d.findElements(By.xpath(labelled(label) + "//input[@slot='input']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        Pages.scrollTo(browser, input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(date, Keys.ENTER);
        Pages.waiting(browser).until(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty());
        Pages.waitForVaadin(browser);
    }

    /** Opens the {@code index}-th visible select labelled {@code label} and picks the option whose text starts with {@code option}. */
    private void select(String label, int index, String option) {
        WebElement select = Pages.waiting(browser).until(d -> {
            List<WebElement> selects = d.findElements(By.xpath(labelled(label).replace("[starts-with(local-name(), 'vaadin-')]",
                    "[local-name()='vaadin-select']"))).stream().filter(WebElement::isDisplayed).toList();
            return selects.size() > index ? selects.get(index) : null;
        });
        Pages.clickElement(browser, select);
        // the items of the select just opened: other selects keep theirs in the page, hidden
        WebElement item = Pages.waiting(browser).until(d -> d.findElements(By.xpath(
                "//vaadin-select-item[starts-with(normalize-space(.), " + Pages.xpathLiteral(option) + ")]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        item.click();
        Pages.waitForVaadin(browser);
    }

    /** Types {@code filter} into the combo box with this id and picks its first suggestion. */
    private void comboBox(String id, String filter) {
        WebElement input = Pages.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(filter);
        Pages.waitForVaadin(browser);
        WebElement item = Pages.waiting(browser).until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed).filter(e -> e.getText().toLowerCase(java.util.Locale.ROOT).contains(filter)).findFirst().orElse(null));
        item.click();
        Pages.waiting(browser).until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream().noneMatch(WebElement::isDisplayed));
        Pages.waitForVaadin(browser);
    }

    private WebElement button(String text) {
        return Pages.waiting(browser).until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)=" + Pages.xpathLiteral(text) + "]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }
}
