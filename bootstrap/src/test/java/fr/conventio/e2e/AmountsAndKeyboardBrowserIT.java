package fr.conventio.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.annotation.DirtiesContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static fr.conventio.e2e.Pages.click;
import static fr.conventio.e2e.Pages.dialog;
import static fr.conventio.e2e.Pages.focus;
import static fr.conventio.e2e.Pages.press;
import static fr.conventio.e2e.Pages.typeInto;
import static fr.conventio.e2e.Pages.valueOf;
import static fr.conventio.e2e.Pages.waitForFieldError;
import static fr.conventio.e2e.Pages.waitForFocus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, amounts and the keyboard, in headless Chromium: the bad amounts staff typed in the walk
 * ("180.000", "1e5", "6O OOO") and a dozen more are refused on their field, with a French message naming
 * it, in the wizard and in the payment dialog, and nothing is saved; good amounts are grouped as typed and
 * shown as figures are; a double click on a submitting button makes one record; dialogs are used with the
 * keyboard only (focus on the first field, Enter submits, Escape cancels, focus back on the opener, the
 * safe button first on a destructive confirmation).
 */
@Order(Integer.MAX_VALUE - 1) // after the read-only browser tests: these change data
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AmountsAndKeyboardBrowserIT extends AgreementLifecycleBrowserIT.LifecycleSteps {

    private static final String COMMA_AND_SPACE = " : utilisez la virgule pour les centimes et l'espace pour les milliers (par exemple 180 000,50), pas de point.";

    /** The bad inputs and the message each shows after the field's label. */
    private static Map<String, String> badAmounts() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("180.000", COMMA_AND_SPACE);
        bad.put("1e5", " : l'écriture « 1e5 » n'est pas acceptée ; tapez le nombre en chiffres, par exemple 100 000.");
        bad.put("6O OOO", " : la lettre « O » n'est pas un zéro ; tapez le chiffre 0, par exemple 60 000.");
        bad.put("12.50", COMMA_AND_SPACE);
        bad.put("1.040.335,00", COMMA_AND_SPACE);
        bad.put("60 000.00", COMMA_AND_SPACE);
        bad.put("2E3", " : l'écriture « 1e5 » n'est pas acceptée ; tapez le nombre en chiffres, par exemple 100 000.");
        bad.put("-500", " : pas de signe moins, un montant ou un taux ne peut pas être négatif.");
        bad.put("12,345", " : au plus deux chiffres après la virgule (les centimes), par exemple 12,34.");
        bad.put("12,5,0", " : une seule virgule, avant les centimes, par exemple 60 000,50.");
        bad.put("abc", " : tapez seulement des chiffres, des espaces entre les milliers et une virgule avant les centimes, par exemple 60 000,00.");
        bad.put("12 euros", " : tapez seulement des chiffres, des espaces entre les milliers et une virgule avant les centimes, par exemple 60 000,00.");
        bad.put("+500", " : tapez seulement des chiffres, des espaces entre les milliers et une virgule avant les centimes, par exemple 60 000,00.");
        bad.put("1OO", " : la lettre « O » n'est pas un zéro ; tapez le chiffre 0, par exemple 60 000.");
        bad.put("1 000 000 000 000", " : ce nombre est trop grand ; vérifiez le nombre de chiffres.");
        return bad;
    }

    @org.junit.jupiter.api.BeforeEach
    void name_the_screenshots() {
        shot = "amounts-keyboard";
    }

    @Test
    void the_wizard_refuses_bad_amounts_on_their_field_groups_good_ones_and_the_leave_dialog_keeps_editing_by_default() {
        browser.get(url("conventions"));
        Pages.login(browser, "responsable");
        String countBefore = Pages.text(browser, "agreements-count");
        browser.get(url("conventions/nouvelle"));
        click(browser, "draft-next");
        click(browser, "draft-next");

        for (Map.Entry<String, String> bad : badAmounts().entrySet()) {
            typeInto(browser, "draft-expenses", bad.getKey());
            press(browser, Keys.TAB);
            waitForFieldError(browser, "draft-expenses", "Dépenses éligibles prévisionnelles HT" + bad.getValue());
            assertThat(valueOf(browser, "draft-expenses")).as("never reinterpreted: the text stays as typed").isEqualTo(bad.getKey());
        }
        screenshot("wizard-expenses-refused");

        typeInto(browser, "draft-expenses", "1040335");
        assertThat(valueOf(browser, "draft-expenses")).as("grouped as typed").isEqualTo("1 040 335");
        press(browser, Keys.TAB);
        Pages.waiting(browser).until(d -> valueOf(d, "draft-expenses").equals("1 040 335,00"));
        assertThat(Pages.fieldErrorById(browser, "draft-expenses")).isEmpty();

        click(browser, "draft-next");
        typeInto(browser, "draft-subsidy", "180.000");
        press(browser, Keys.TAB);
        waitForFieldError(browser, "draft-subsidy", "Montant de la subvention" + COMMA_AND_SPACE);
        screenshot("wizard-subsidy-refused");
        click(browser, "draft-save");
        Pages.waitForNotification(browser, "Le brouillon n'est pas enregistré");
        assertThat(browser.getCurrentUrl()).as("still the new draft, nothing saved").matches(".*/conventions/nouvelle(\\?etape=\\d)?");

        // leaving: the confirmation opens with the focus on "Rester sur le brouillon"; Enter keeps editing
        Pages.clickElement(browser, leaveLink());
        Pages.waiting(browser).until(d -> Pages.openConfirmations(d) == 1);
        Pages.waiting(browser).until(d -> "Rester sur le brouillon".equals(Pages.normalized(d.switchTo().activeElement().getText())));
        screenshot("wizard-leave-dialog");
        press(browser, Keys.ENTER);
        Pages.waiting(browser).until(d -> Pages.openConfirmations(d) == 0);
        assertThat(browser.getCurrentUrl()).as("still the new draft, nothing saved").matches(".*/conventions/nouvelle(\\?etape=\\d)?");
        assertThat(valueOf(browser, "draft-subsidy")).isEqualTo("180.000");

        // a reload is not a navigation inside the application: nothing was saved
        browser.get(url("conventions"));
        Pages.waitForText(browser, "agreements-count", countBefore);
    }

    @Test
    void the_payment_dialog_refuses_bad_amounts_works_with_the_keyboard_and_a_double_click_records_one_payment() {
        approveAndSign();
        Pages.switchUser(browser, "finances", agreementUrl);

        // opened with Enter on its button: the focus is on the first field, not on the dialog
        focus(browser, "action-record-advance");
        press(browser, Keys.ENTER);
        dialog(browser, "Enregistrer un versement");
        waitForFocus(browser, "payment-amount");
        Accessibility.assertNoSeriousViolation(browser, "payment dialog");

        for (Map.Entry<String, String> bad : badAmounts().entrySet()) {
            typeInto(browser, "payment-amount", bad.getKey());
            waitForFieldError(browser, "payment-amount", "Montant du versement" + bad.getValue());
            assertThat(valueOf(browser, "payment-amount")).isEqualTo(bad.getKey());
        }
        screenshot("payment-amount-refused");
        Pages.submit(browser);
        assertThat(Pages.openConfirmations(browser)).as("refused on the field: no confirmation").isZero();
        assertThat(browser.findElement(By.id("dialog-submit")).getDomAttribute("disabled")).as("enabled again after the refusal").isNull();

        // Escape cancels; the focus goes back to the button that opened the dialog
        press(browser, Keys.ESCAPE);
        Pages.waitForDialogClosed(browser);
        waitForFocus(browser, "action-record-advance");

        // again, with a good amount typed after Tab, then Enter in a field submits; a double click on the confirmation's button pays once
        press(browser, Keys.ENTER);
        dialog(browser, "Enregistrer un versement");
        typeInto(browser, "payment-amount", "64000");
        assertThat(valueOf(browser, "payment-amount")).isEqualTo("64 000");
        Pages.date(browser, "Date de valeur", LocalDate.of(2020, 2, 17));
        Pages.type(browser, "Numéro de mandat", "M-2020-0101");
        Pages.doubleClick(browser, "dialog-submit");
        Pages.waiting(browser).until(d -> Pages.openConfirmations(d) == 1);
        assertThat(Pages.openConfirmations(browser)).as("one confirmation, not two stacked").isEqualTo(1);
        screenshot("payment-one-confirmation");
        Pages.clickElement(browser, browser.findElement(By.cssSelector("vaadin-confirm-dialog[opened] [slot='cancel-button']")));
        Pages.waiting(browser).until(d -> Pages.openConfirmations(d) == 0);
        assertThat(browser.findElement(By.id("dialog-submit")).getDomAttribute("disabled")).as("enabled again once cancelled").isNull();

        Pages.fieldInput(browser, "Numéro de mandat").sendKeys(Keys.ENTER);
        Pages.waitForVaadin(browser);
        WebElement confirmButton = Pages.waiting(browser).until(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']")));
        assertThat(Pages.confirmationText(browser)).contains("acompte de 64 000,00 €");
        new org.openqa.selenium.interactions.Actions(browser).doubleClick(confirmButton).perform();
        Pages.waitForDialogClosed(browser);
        Pages.waitForNotification(browser, "Acompte de 64 000,00 € enregistré.");
        Pages.tab(browser, "Versements");
        String payments = Pages.normalized(browser.findElement(By.id("payments-grid")).getText());
        assertThat(payments.split("M-2020-0101", -1)).as("one payment recorded: " + payments).hasSize(2);
    }

    @Test
    void the_association_dialog_is_used_with_the_keyboard_and_a_double_click_registers_one_association() {
        browser.get(url("associations"));
        Pages.login(browser, "instructeur");

        focus(browser, "association-create");
        press(browser, Keys.ENTER);
        startAssociation("Les Amis du Double Clic");
        typeInto(browser, "association-annual-budget", "6O OOO");
        press(browser, Keys.TAB);
        waitForFieldError(browser, "association-annual-budget",
                "Budget annuel total : la lettre « O » n'est pas un zéro ; tapez le chiffre 0, par exemple 60 000.");
        screenshot("association-refused-letter-o");
        typeInto(browser, "association-annual-budget", "60000");
        press(browser, Keys.TAB);
        Pages.waiting(browser).until(d -> valueOf(d, "association-annual-budget").equals("60 000,00"));
        Pages.doubleClick(browser, "association-save");
        Pages.waitForDialogClosed(browser);
        assertThat(associationsNamed("Les Amis du Double Clic")).as("one record from a double click").isEqualTo("1 association(s)");

        // Enter in a field registers, as the button does
        click(browser, "association-create");
        startAssociation("Les Amis du Clavier");
        typeInto(browser, "association-annual-budget", "12 500,50");
        press(browser, Keys.ENTER);
        Pages.waitForDialogClosed(browser);
        assertThat(associationsNamed("Les Amis du Clavier")).isEqualTo("1 association(s)");
    }

    @Test
    void the_budget_line_dialog_refuses_a_dotted_envelope_and_escape_gives_the_focus_back() {
        browser.get(url("administration"));
        Pages.login(browser, "admin");

        focus(browser, "admin-line-create");
        press(browser, Keys.ENTER);
        Pages.waiting(browser).until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        waitForFocus(browser, "budget-line-code");
        press(browser, "CLAV-1", Keys.TAB, "Ligne du clavier");
        typeInto(browser, "budget-line-envelope", "180.000");
        press(browser, Keys.TAB);
        waitForFieldError(browser, "budget-line-envelope", "Enveloppe" + COMMA_AND_SPACE);
        Accessibility.assertNoSeriousViolation(browser, "budget line dialog");
        screenshot("budget-line-refused-dot");
        press(browser, Keys.ESCAPE);
        Pages.waitForDialogClosed(browser);
        waitForFocus(browser, "admin-line-create");
        assertThat(Pages.normalized(browser.findElement(By.id("admin-lines-grid")).getText())).doesNotContain("CLAV-1");
    }

    /** The side navigation's link to the agreements list (leaving the wizard). */
    private WebElement leaveLink() {
        return Pages.waiting(browser).until(d -> d.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Conventions']")));
    }

    /** In the open "Nouvelle association" dialog: the name typed where the focus is (the first field), then the required fields. */
    private void startAssociation(String name) {
        dialog(browser, "Nouvelle association");
        waitForFocus(browser, "association-name");
        press(browser, name);
        typeInto(browser, "association-address", "3 rue du Clavier");
        typeInto(browser, "association-postal-code", "13001");
        typeInto(browser, "association-city", "Marseille");
        typeInto(browser, "association-representative-name", "Jeanne Touche");
        typeInto(browser, "association-representative-function", "Présidente");
    }

    /** What the list counts once filtered on {@code name} ("1 association(s)"). */
    private String associationsNamed(String name) {
        browser.get(url("associations"));
        typeInto(browser, "associations-filter", name);
        Pages.waiting(browser).until(d -> Pages.normalized(d.findElement(By.id("associations-grid")).getText()).contains(name));
        return Pages.waitForText(browser, "associations-count", "1 association(s)");
    }
}
