package fr.conventio.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
    /** The viewport the pages are checked at (a common office laptop screen). */
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

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
            ChromeDriver driver = new ChromeDriver(service, options);
            fitViewport(driver, WIDTH, HEIGHT);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the viewport (not the window) {@code width × height}: headless Chromium's --window-size counts
     * the window's frame, which leaves a viewport about 140 px shorter than asked.
     */
    static void fitViewport(WebDriver driver, int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int attempt = 0; attempt < 3; attempt++) {
            long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
            long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
            if (innerWidth == width && innerHeight == height) {
                return;
            }
            Dimension window = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(window.getWidth() + (int) (width - innerWidth),
                    window.getHeight() + (int) (height - innerHeight)));
        }
    }

    /** Saves the page's HTML (light DOM) next to the screenshots, to see what the browser had when a step failed. */
    static void dumpPage(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), String.valueOf(((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.outerHTML")));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the page of " + name + ": " + e);
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
