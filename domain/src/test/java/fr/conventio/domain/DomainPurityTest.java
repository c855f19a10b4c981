package fr.conventio.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain module is plain Java: its main sources import nothing but {@code java.*} and the
 * domain itself, carry no annotation but the JDK's, and never read the system clock.
 * (The bootstrap's ArchUnit rules check the same on bytecode; this check fails fast, in the
 * module itself.)
 */
class DomainPurityTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ANNOTATION = Pattern.compile("(?m)^\\s*@(\\w+)");
    private static final List<String> JDK_ANNOTATIONS = List.of("Override", "FunctionalInterface", "SafeVarargs", "SuppressWarnings", "Deprecated");
    private static final Pattern CLOCK = Pattern.compile("\\b(LocalDate|LocalDateTime|Instant|ZonedDateTime|OffsetDateTime|LocalTime|YearMonth|Year)\\.now\\(|Clock\\.system|System\\.currentTimeMillis");

    @Test
    void domain_sources_import_only_the_jdk_and_the_domain() throws IOException {
        assertThat(sources()).isNotEmpty().allSatisfy(source -> {
            var matcher = IMPORT.matcher(Files.readString(source));
            while (matcher.find()) {
                assertThat(matcher.group(2)).as("import in %s", source)
                        .matches(name -> name.startsWith("java.") || name.startsWith("fr.conventio.domain."), "java.* or fr.conventio.domain.*");
            }
        });
    }

    @Test
    void domain_sources_use_no_framework_annotation() throws IOException {
        assertThat(sources()).allSatisfy(source -> {
            var matcher = ANNOTATION.matcher(Files.readString(source));
            while (matcher.find()) {
                assertThat(matcher.group(1)).as("annotation in %s", source).isIn(JDK_ANNOTATIONS);
            }
        });
    }

    @Test
    void domain_never_reads_the_system_clock() throws IOException {
        assertThat(sources()).allSatisfy(source ->
                assertThat(CLOCK.matcher(Files.readString(source)).find()).as("clock read in %s", source).isFalse());
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
