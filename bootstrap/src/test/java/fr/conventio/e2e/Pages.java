package fr.conventio.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Browser steps shared by the end-to-end tests. Vaadin inputs live in shadow DOM, but their real
 * {@code <input slot="input">} and {@code <label slot="label">} are light-DOM children of the field:
 * fields are found by their visible label inside the open dialog, or by the field's id. Texts are
 * compared after turning no-break spaces (French amounts) into plain spaces.
 */
final class Pages {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The open action dialog (not the confirmation above it). */
    private static final String DIALOG = "//vaadin-dialog[@opened]";

    private Pages() {
    }

    static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Fills the login form with a demo account (password = login) and waits for the main layout. */
    static void login(WebDriver browser, String account) {
        WebDriverWait wait = waiting(browser);
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(account);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(account);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        waitForVaadin(browser);
    }

    /** Another member of staff at the same browser: a new session (cookies gone), then the login page, then back to {@code url}. */
    static void switchUser(WebDriver browser, String account, String url) {
        browser.manage().deleteAllCookies();
        browser.get(url);
        login(browser, account);
        if (!browser.getCurrentUrl().startsWith(url)) { // Spring Security may have sent us elsewhere (e.g. "?continue")
            browser.get(url);
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        }
        waitForVaadin(browser);
    }

    /** Waits until Vaadin has no server round trip pending (and the page's flow clients exist). */
    static void waitForVaadin(WebDriver browser) {
        waiting(browser).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) { return document.readyState === 'complete'; }
                return Object.values(clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    static String normalized(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }

    /** The visible text of the element with this id, no-break spaces made plain. */
    static String text(WebDriver browser, String id) {
        return normalized(waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText());
    }

    /** Waits until the element with this id shows exactly {@code expected} (after normalising spaces); returns it. */
    static String waitForText(WebDriver browser, String id, String expected) {
        try {
            waiting(browser).until(d -> {
                List<WebElement> found = d.findElements(By.id(id));
                return !found.isEmpty() && normalized(found.getFirst().getText()).equals(expected);
            });
        } catch (RuntimeException timeout) {
            throw new AssertionError("#" + id + " should show \"" + expected + "\" but shows \""
                    + (browser.findElements(By.id(id)).isEmpty() ? "<absent>" : text(browser, id)) + "\"", timeout);
        }
        return expected;
    }

    static void click(WebDriver browser, String id) {
        WebElement element = waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        scrollTo(browser, element);
        element.click();
        waitForVaadin(browser);
    }

    static void clickElement(WebDriver browser, WebElement element) {
        scrollTo(browser, element);
        waiting(browser).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        waitForVaadin(browser);
    }

    static void scrollTo(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
    }

    /** Selects a tab of the agreement page by its French name and waits for its content. */
    static void tab(WebDriver browser, String name) {
        WebElement tab = waiting(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-tabsheet[@id='agreement-tabs']//vaadin-tab[normalize-space(.)=" + xpathLiteral(name) + "]")));
        tab.click();
        waitForVaadin(browser);
        waiting(browser).until(d -> "true".equals(d.findElement(By.xpath(
                "//vaadin-tabsheet[@id='agreement-tabs']//vaadin-tab[normalize-space(.)=" + xpathLiteral(name) + "]"))
                .getDomAttribute("aria-selected")));
    }

    // ------------------------------------------------------------------ dialogs

    /** Waits for the action dialog titled {@code title} to be open. */
    static WebElement dialog(WebDriver browser, String title) {
        return waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(DIALOG
                + "[@aria-label=" + xpathLiteral(title) + "]")));
    }

    /** The real input of the field labelled {@code label} in the open dialog. */
    static WebElement fieldInput(WebDriver browser, String label) {
        return waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(DIALOG
                + "//*[starts-with(local-name(), 'vaadin-')][label[@slot='label' and normalize-space(.)=" + xpathLiteral(label) + "]]"
                + "//input[@slot='input']")));
    }

    /** Replaces what the field labelled {@code label} holds with {@code value}, as typed by the user. */
    static void type(WebDriver browser, String label, String value) {
        replace(browser, fieldInput(browser, label), value);
    }

    /** Types into the field with this id (e.g. {@code settle-real}). */
    static void typeInto(WebDriver browser, String fieldId, String value) {
        replace(browser, waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " > input"))), value);
    }

    private static void replace(WebDriver browser, WebElement input, String value) {
        scrollTo(browser, input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
        waitForVaadin(browser);
    }

    /** Types a date as dd/MM/yyyy in the date picker labelled {@code label} and commits it with Enter. */
    static void date(WebDriver browser, String label, LocalDate date) {
        WebElement input = fieldInput(browser, label);
        replace(browser, input, FRENCH_DATE.format(date));
        input.sendKeys(Keys.ENTER);
        waitForVaadin(browser);
        waiting(browser).until(d -> FRENCH_DATE.format(date).equals(fieldInput(d, label).getDomProperty("value")));
    }

    /** The value the field with this id shows (its input's value, spaces normalised). */
    static String valueOf(WebDriver browser, String fieldId) {
        return normalized(waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " > input")))
                .getDomProperty("value"));
    }

    /**
     * Waits for the field labelled {@code label} in the open dialog to be marked invalid and returns the error it
     * shows under it (spaces normalised).
     */
    static String fieldError(WebDriver browser, String label) {
        WebElement field = waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(DIALOG
                + "//*[starts-with(local-name(), 'vaadin-')][@invalid][label[@slot='label' and normalize-space(.)=" + xpathLiteral(label) + "]]")));
        return normalized(waiting(browser).until(d -> {
            String error = field.findElement(By.xpath("./*[@slot='error-message']")).getText();
            return error.isBlank() ? null : error;
        }));
    }

    /** Whether a confirmation ({@code vaadin-confirm-dialog}) is open. */
    static boolean confirmationOpen(WebDriver browser) {
        waitForVaadin(browser);
        return !browser.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty();
    }


    static void submit(WebDriver browser) {
        click(browser, "dialog-submit");
    }

    /** Waits until no action dialog is open (the action succeeded). */
    static void waitForDialogClosed(WebDriver browser) {
        waiting(browser).until(d -> d.findElements(By.xpath(DIALOG)).isEmpty());
        waitForVaadin(browser);
    }

    /** The open confirmation (a {@code vaadin-confirm-dialog}): its message text. */
    static String confirmationText(WebDriver browser) {
        WebElement confirm = waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-confirm-dialog[opened]")));
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']")));
        Object message = ((JavascriptExecutor) browser).executeScript("return arguments[0].message || arguments[0].textContent", confirm);
        return normalized(String.valueOf(message));
    }

    /** Confirms the open confirmation and waits for it and the action dialog to close. */
    static void confirm(WebDriver browser) {
        WebElement button = waiting(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']")));
        button.click();
        waiting(browser).until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        waitForDialogClosed(browser);
    }

    /** Gives the file to the {@code vaadin-upload} with this id (its hidden file input) and waits for the upload to finish. */
    static void upload(WebDriver browser, String uploadId, Path file) {
        WebElement upload = waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input;
        try {
            input = upload.findElement(By.cssSelector("input[type='file']"));
        } catch (NoSuchElementException notInLightDom) {
            input = upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"));
        }
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin(browser);
    }

    /** Waits for a notification (success or refusal) saying {@code expected}, spaces normalised. */
    static void waitForNotification(WebDriver browser, String expected) {
        try {
            waiting(browser).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .anyMatch(card -> normalized(card.getText()).contains(expected)));
        } catch (RuntimeException timeout) {
            throw new AssertionError("no notification saying \"" + expected + "\"; shown: " + browser.findElements(
                    By.cssSelector("vaadin-notification-card")).stream().map(card -> normalized(card.getText())).toList(), timeout);
        }
    }

    /** Takes a screenshot without the notifications (they would hide the bottom of the page; the test checks their text). */
    static void screenshotWithoutNotifications(WebDriver browser, String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("""
                const style = document.createElement('style');
                style.id = 'e2e-hide-notifications';
                style.textContent = 'vaadin-notification-container, vaadin-notification-card { visibility: hidden !important; }';
                document.head.appendChild(style);
                """);
        try {
            BrowserSupport.screenshot(browser, name);
        } finally {
            js.executeScript("document.getElementById('e2e-hide-notifications')?.remove()");
        }
    }

    // ------------------------------------------------------------------ issue 9: amounts and dialogs' keyboard

    /** The error message the field with this id shows (empty when it shows none), spaces normalised. */
    static String fieldErrorById(WebDriver browser, String fieldId) {
        Object message = ((JavascriptExecutor) browser).executeScript("""
                const field = document.getElementById(arguments[0]);
                if (!field || !field.invalid) { return ''; }
                const slot = field.querySelector(':scope > [slot="error-message"]');
                return slot ? slot.textContent : (field.errorMessage || '');
                """, fieldId);
        return normalized(String.valueOf(message));
    }

    /** Waits until the field with this id shows the error {@code expected}; returns it. */
    static String waitForFieldError(WebDriver browser, String fieldId, String expected) {
        try {
            waiting(browser).until(d -> fieldErrorById(d, fieldId).equals(expected));
        } catch (RuntimeException timeout) {
            throw new AssertionError("#" + fieldId + " should say \"" + expected + "\" but says \"" + fieldErrorById(browser, fieldId) + "\"", timeout);
        }
        return expected;
    }

    /**
     * What has the keyboard focus: the id of the Vaadin component holding it (a field, a button), or of the
     * element itself; "body" when nothing has it.
     */
    static String focusedId(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("""
                const active = document.activeElement;
                if (!active || active === document.body) { return 'body'; }
                const host = active.closest('vaadin-text-field, vaadin-text-area, vaadin-date-picker, vaadin-select, vaadin-combo-box, '
                    + 'vaadin-radio-group, vaadin-checkbox, vaadin-integer-field, vaadin-button, vaadin-upload') || active;
                return host.id || host.localName;
                """));
    }

    /** Waits until the component with this id has the keyboard focus. */
    static void waitForFocus(WebDriver browser, String id) {
        try {
            waiting(browser).until(d -> id.equals(focusedId(d)));
        } catch (RuntimeException timeout) {
            throw new AssertionError("#" + id + " should have the focus but " + focusedId(browser) + " has it", timeout);
        }
    }

    /** Puts the keyboard focus on the element with this id (as Tab would bring it there). */
    static void focus(WebDriver browser, String id) {
        WebElement element = waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        scrollTo(browser, element);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", element);
    }

    /** Presses keys on whatever has the focus, then waits for the server. */
    static void press(WebDriver browser, CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(keys).perform();
        waitForVaadin(browser);
    }

    /** How many confirmations are open. */
    static int openConfirmations(WebDriver browser) {
        return browser.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).size();
    }

    /** A double click on the element with this id, both clicks sent at once (before any answer). */
    static void doubleClick(WebDriver browser, String id) {
        WebElement element = waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        scrollTo(browser, element);
        new org.openqa.selenium.interactions.Actions(browser).doubleClick(element).perform();
        waitForVaadin(browser);
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
