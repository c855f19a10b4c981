package fr.conventio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule index ({@code docs/rules.md}) against the rulebook ({@code docs/rulebook.md}, the project's RULES.md):
 * every rule has its row, every class named there exists, every test class named there carries the rule's id in a
 * test name, and every rule that is not marked planned is named by at least one test.
 */
class RuleIndexTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern RULEBOOK_RULE = Pattern.compile("^- \\*\\*([A-Z]\\d+)\\*\\* ", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    record Row(String rule, List<String> classes, List<String> tests, boolean planned) {
    }

    @Test
    void every_rule_of_the_rulebook_has_exactly_one_row() throws IOException {
        assertThat(index().keySet()).containsExactlyInAnyOrderElementsOf(rulebookIds());
        assertThat(rulebookIds()).hasSizeGreaterThan(40);
    }

    @Test
    void every_class_named_in_the_index_exists() {
        for (Row row : index().values()) {
            assertThat(row.planned() || !row.classes().isEmpty()).as("%s names the class that decides it", row.rule()).isTrue();
            for (String className : row.classes()) {
                assertThat(classExists(className)).as("%s: class %s", row.rule(), className).isTrue();
            }
        }
    }

    @Test
    void every_test_named_in_the_index_carries_the_rule_id_and_every_rule_in_force_has_one() throws IOException {
        List<Path> testSources = testSources();
        for (Row row : index().values()) {
            assertThat(row.planned() || !row.tests().isEmpty()).as("%s is named by a test", row.rule()).isTrue();
            Pattern named = Pattern.compile("void (?:[a-z]\\d+_(?:to_|and_)?)*" + row.rule().toLowerCase() + "_");
            for (String test : row.tests()) {
                List<Path> sources = testSources.stream().filter(p -> p.getFileName().toString().equals(test + ".java")).toList();
                assertThat(sources).as("%s: test class %s", row.rule(), test).isNotEmpty();
                boolean names = false;
                for (Path source : sources) {
                    names |= named.matcher(Files.readString(source, StandardCharsets.UTF_8)).find();
                }
                assertThat(names).as("%s: a test of %s names the rule", row.rule(), test).isTrue();
            }
        }
    }

    @Test
    void the_rulebook_copy_is_the_projects_rulebook_when_it_is_at_hand() throws IOException {
        Path shared = ROOT.resolveSibling("shared").resolve("RULES.md");
        if (Files.exists(shared)) {
            assertThat(Files.readString(ROOT.resolve("docs/rulebook.md"))).as("docs/rulebook.md is a copy of " + shared)
                    .isEqualTo(Files.readString(shared));
        }
    }

    private static List<String> rulebookIds() throws IOException {
        Matcher matcher = RULEBOOK_RULE.matcher(Files.readString(ROOT.resolve("docs/rulebook.md"), StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static Map<String, Row> index() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ROOT.resolve("docs/rules.md"), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\\|");
                if (cells.length < 5 || !cells[1].strip().matches("[A-Z]\\d+")) {
                    continue;
                }
                String rule = cells[1].strip();
                Row previous = rows.put(rule, new Row(rule, codes(cells[3]), codes(cells[4]), cells[3].contains("*planned")));
                assertThat(previous).as("%s has one row", rule).isNull();
            }
        } catch (IOException e) {
            throw new AssertionError("docs/rules.md cannot be read", e);
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        Matcher matcher = CODE.matcher(cell);
        List<String> codes = new ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, RuleIndexTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static List<Path> testSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("domain", "application", "adapters-persistence", "adapters-web", "adapters-documents", "bootstrap")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/test/java"))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
