package fr.conventio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

/**
 * Vaadin's own messages are French: when the server stops answering, the connection indicator says the connection
 * is lost and that it is trying again, in French; its "back online" and "gave up" texts are French too. (The session expiry
 * is {@link IdleSessionBrowserIT}: the tab goes to the login page, which says why in French.) Nothing is changed:
 * the shared context is kept.
 */
class SystemMessagesBrowserIT extends BrowserTestBase {

    private static final String RECONNECTING = "Connexion perdue, nouvelle tentative en cours…";

    @Test
    void a_lost_connection_is_announced_in_french_while_reconnecting() {
        browser.get(url("conventions"));
        Pages.login(browser, "lecture");
        Pages.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"),
                AgreementLifecycleBrowserIT.REFERENCE));
        assertThat(indicatorTexts()).containsExactly("Connexion rétablie",
                "Connexion au serveur perdue : vérifiez le réseau, puis rechargez la page. Ce qui n'a pas été enregistré pourrait être perdu.",
                RECONNECTING);

        network(true); // the server stops answering: every request fails
        // a plain click: Vaadin will not be idle again until the server answers
        browser.findElement(By.cssSelector("vaadin-side-nav-item[path='associations']")).click();
        Pages.waiting(browser).until(d -> isReconnecting());
        assertThat(indicatorText()).contains(RECONNECTING).doesNotContain("Connection lost", "trying to reconnect", "Online");
        BrowserSupport.screenshot(browser, "connection-lost");
        network(false);
    }

    private void network(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((ChromiumDriver) browser).setNetworkConditions(conditions);
    }

    /** The indicator's three texts (online, offline, reconnecting), as the page holds them. */
    @SuppressWarnings("unchecked")
    private List<String> indicatorTexts() {
        Map<String, Object> texts = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const i = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + " return i ? {online: i.onlineText, offline: i.offlineText, reconnecting: i.reconnectingText} : {};");
        return List.of(String.valueOf(texts.get("online")), String.valueOf(texts.get("offline")), String.valueOf(texts.get("reconnecting")));
    }

    private String indicatorText() {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const i = document.querySelector('vaadin-connection-indicator');"
                        + " return i ? (i.shadowRoot ? i.shadowRoot.textContent : '') + ' ' + i.textContent : '';");
        return Pages.normalized(String.valueOf(text));
    }

    private boolean isReconnecting() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const i = document.querySelector('vaadin-connection-indicator'); return !!(i && i.hasAttribute('reconnecting'));"));
    }
}
