package fr.conventio.e2e;

import static fr.conventio.bootstrap.security.StaffHttpClient.location;
import static fr.conventio.bootstrap.security.StaffHttpClient.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.bootstrap.security.StaffHttpClient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

/**
 * The idle timeout, shortened to 3 s here (30 min by default): a session unused that long is gone, and an open
 * tab does not keep it alive (Vaadin's heartbeats, every second here, do not count as activity): the tab goes
 * to the login page, which says in French that the session expired. This context runs without trusted
 * forwarded headers (the default): a client's {@code X-Forwarded-Proto} and {@code X-Forwarded-For} are ignored.
 */
@TestPropertySource(properties = {"server.servlet.session.timeout=3s", "vaadin.heartbeatInterval=1"})
@ExtendWith(OutputCaptureExtension.class)
class IdleSessionBrowserIT extends BrowserTestBase {

    @Test
    void an_open_but_idle_tab_loses_its_session_and_the_login_page_says_so_in_french() {
        browser.get(url("conventions"));
        Pages.login(browser, "lecture");
        Pages.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreements-grid"),
                AgreementLifecycleBrowserIT.REFERENCE));

        // nobody touches the tab; its heartbeats keep going
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/login?expired"));
        Pages.waiting(browser).until(d -> !SecurityPages.loginError(d).isEmpty());
        assertThat(SecurityPages.loginError(browser)).contains("Session expirée").contains("déconnecté après une période d'inactivité");
        BrowserSupport.screenshot(browser, "session-expired");

        browser.get(url("conventions"));
        Pages.waiting(browser).until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void a_session_unused_for_the_idle_timeout_is_gone() throws InterruptedException {
        StaffHttpClient client = new StaffHttpClient(port);
        assertThat(location(client.signIn("lecture", "lecture"))).isEqualTo("/");
        assertThat(client.get("/conventions").statusCode()).as("signed in").isEqualTo(200);

        Thread.sleep(3_500); // the 3 s timeout of this test, and no request meanwhile

        assertThat(location(client.get("/conventions"))).isEqualTo("/login");
    }

    @Test
    void without_a_trusted_proxy_forwarded_headers_are_ignored(CapturedOutput output) {
        StaffHttpClient client = new StaffHttpClient(port).with("X-Forwarded-Proto", "https").from("203.0.113.5");
        assertThat(sessionCookie(client.get("/login"))).as("the request came over plain HTTP").doesNotContain("Secure");
        assertThat(client.get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();

        client.signIn("compte.inexistant", "mauvais");
        assertThat(output).as("the address is the connection's, not the header's")
                .contains("user 'compte.inexistant' from 127.0.0.1").doesNotContain("from 203.0.113.5");
    }
}
