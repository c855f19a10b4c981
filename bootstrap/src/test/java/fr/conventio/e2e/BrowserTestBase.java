package fr.conventio.e2e;

import fr.conventio.ConventioApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application on a random port with its own data directory (fresh embedded PostgreSQL and document
 * store, so the demo data loader creates the seed agreement ECO-2020-SCS as a draft), the demo accounts on, in Vaadin production
 * mode as staff get it (the build puts the production bundle in target/classes: no dev tools, no Copilot),
 * and one headless Chromium per test.
 *
 * <p>Every subclass shares ONE Spring context (Spring caches it by its configuration), so the tests that
 * only read leave the seed as the loader made it. A test that changes data marks the context dirty
 * ({@code @DirtiesContext(classMode = AFTER_CLASS)}): the next test class starts a new context, with a
 * new data directory (the directory is made each time a context starts) and a fresh seed draft.
 */
@SpringBootTest(classes = ConventioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    @LocalServerPort
    int port;

    WebDriver browser;

    @DynamicPropertySource
    static void isolatedData(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("conventio-e2e-");
        registry.add("conventio.database.data-directory", () -> data.resolve("postgres").toString());
        registry.add("conventio.documents.directory", () -> data.resolve("documents").toString());
        registry.add("conventio.demo-data.enabled", () -> "true");
        registry.add("conventio.security.demo-accounts", () -> "true");
    }

    @BeforeEach
    void openBrowser() {
        BrowserSupport.requireBrowser();
        browser = BrowserSupport.startChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** When a test fails, the browser's screen and page are kept (target/screenshots/FAILED-...) before it closes. */
    @RegisterExtension
    final TestExecutionExceptionHandler keepFailedPage = (context, error) -> {
        if (browser != null) {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                BrowserSupport.screenshot(browser, name);
            } catch (RuntimeException e) {
                error.addSuppressed(e);
            }
            BrowserSupport.dumpPage(browser, name);
        }
        throw error;
    };

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
