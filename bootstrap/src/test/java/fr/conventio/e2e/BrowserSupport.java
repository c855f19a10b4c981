package fr.conventio.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Headless Debian Chromium for the end-to-end tests, with the flags this closed network needs.
 * Without Chromium and its driver the tests are skipped with a loud warning, unless
 * {@code CONVENTIO_REQUIRE_BROWSER_TESTS=true} (set by .ci/run), which makes the skip a failure.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CONVENTIO_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CONVENTIO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserSupport() {
    }

    /** Skips (or fails in CI) when the browser is missing. */
    static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. "
                + "Install them with: sudo apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CONVENTIO_REQUIRE_BROWSER_TESTS"))) {
            throw new AssertionError(message + " (CONVENTIO_REQUIRE_BROWSER_TESTS=true: a skip is a failure)");
        }
        System.err.println();
        System.err.println("*".repeat(100));
        System.err.println("*** " + message);
        System.err.println("*".repeat(100));
        System.err.println();
        Assumptions.abort(message);
    }

    static WebDriver startChromium() {
        try {
            Path profile = Files.createTempDirectory("conventio-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--lang=fr-FR", "--window-size=1366,768",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
