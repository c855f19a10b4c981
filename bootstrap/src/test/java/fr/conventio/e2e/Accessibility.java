package fr.conventio.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automated accessibility checks with axe-core (from the npm registry: {@code npm install --prefix
 * tools/axe --no-package-lock}), injected into the page under test. A page passes when axe finds
 * no critical or serious violation of WCAG 2.0/2.1 A and AA rules. Vaadin's development tools
 * are excluded from the check (they are not part of the product). Without axe-core the check is
 * skipped loudly, unless {@code CONVENTIO_REQUIRE_BROWSER_TESTS=true} (CI), where it fails.
 */
final class Accessibility {

    private static final Path AXE = Path.of(System.getenv().getOrDefault("CONVENTIO_AXE_JS",
            "../tools/axe/node_modules/axe-core/axe.min.js"));

    private Accessibility() {
    }

    static void requireAxe() {
        if (Files.isReadable(AXE)) {
            return;
        }
        String message = "ACCESSIBILITY CHECKS SKIPPED: " + AXE.toAbsolutePath().normalize()
                + " is missing. Install it with: npm install --prefix tools/axe --no-package-lock";
        if ("true".equalsIgnoreCase(System.getenv("CONVENTIO_REQUIRE_BROWSER_TESTS"))) {
            throw new AssertionError(message + " (CONVENTIO_REQUIRE_BROWSER_TESTS=true: a skip is a failure)");
        }
        System.err.println("*** " + message);
        Assumptions.abort(message);
    }

    /**
     * Known issue of Vaadin's own tab component (not fixable from Java): the internal scroll
     * container {@code div#scroll} in {@code vaadin-tabs}' shadow root sits between the
     * {@code role=tablist} host and its tabs, which axe reports as {@code aria-required-children}.
     * Only that node is ignored, for that rule; any other node still fails the check.
     */
    private static final Map<String, String> KNOWN_VAADIN_ISSUES = Map.of("aria-required-children", "vaadin-tabs #scroll");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutKnownVaadinIssues(Map<String, Object> violation) {
        String known = KNOWN_VAADIN_ISSUES.get((String) violation.get("id"));
        if (known == null) {
            return violation;
        }
        List<String> nodes = ((List<String>) violation.get("nodes")).stream().filter(node -> !node.equals(known)).toList();
        Map<String, Object> rest = new java.util.HashMap<>(violation);
        rest.put("nodes", nodes);
        return rest;
    }

    /** Runs axe on the current page and fails on any critical or serious violation, listing them. */
    @SuppressWarnings("unchecked")
    static void assertNoSeriousViolation(WebDriver browser, String page) {
        requireAxe();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        try {
            js.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]},
                        {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                          nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))}))
                   .catch(e => done({error: String(e)}));
                """);
        assertThat(results).as("axe run on %s", page).doesNotContainKey("error");
        List<Map<String, Object>> serious = ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "critical".equals(v.get("impact")) || "serious".equals(v.get("impact")))
                .map(Accessibility::withoutKnownVaadinIssues).filter(v -> !((List<?>) v.get("nodes")).isEmpty()).toList();
        assertThat(serious).as("critical or serious accessibility violations on %s", page).isEmpty();
    }
}
