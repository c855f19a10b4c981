package fr.conventio.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar as an operator starts it ({@code java -jar conventio-<version>.jar}, docs/operations.md),
 * in a process of its own, on a free port and a fresh temporary data directory, with the demo profile (so that
 * it has users): it answers over HTTP in Vaadin production mode (the production bundle served, no dev tools, no
 * Copilot), warns loudly in its log that the demo accounts are on, and its servlet-level error page is French
 * without internals. The jar is the one {@code ./mvnw verify} has just packaged (failsafe runs after package).
 */
class ProductionJarIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** A visitor who is not signed in. */
    private static final HttpClient VISITOR = browserLike();

    private static Path data;
    private static Path log;
    private static Process app;
    private static String base;

    @BeforeAll
    static void startTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("conventio.jar", "target/conventio.jar"));
        assertThat(jar).as("the packaged jar (run through ./mvnw verify, which packages it before the ITs)").isRegularFile();
        data = Files.createTempDirectory("conventio-jar-");
        log = data.resolve("conventio.log");
        int port = freePort();
        base = "http://localhost:" + port;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--conventio.database.data-directory=" + data.resolve("postgres"),
                "--conventio.documents.directory=" + data.resolve("documents"))
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // the jar's own defaults, not whatever the developer's shell says
        builder.environment().keySet().removeIf(name -> name.startsWith("CONVENTIO_") || name.startsWith("SPRING_")
                || name.startsWith("VAADIN_") || name.equals("PORT"));
        app = builder.start();
        awaitLoginPage();
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (app != null) {
            app.destroy(); // SIGTERM: Spring closes, which stops the embedded PostgreSQL
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                stopOrphanedPostgres();
            }
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void the_login_page_answers_in_production_mode_without_dev_tools_or_copilot() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(login.body()).doesNotContainIgnoringCase("vaadin-dev-tools").doesNotContainIgnoringCase("copilot")
                .doesNotContain("dev-bundle").doesNotContain("@vite");

        Matcher script = Pattern.compile("src=\"(?:\\./|/)?(VAADIN/build/[^\"]+\\.js)\"").matcher(login.body());
        assertThat(script.find()).as("the page loads the production bundle from VAADIN/build/: " + login.body()).isTrue();
        HttpResponse<String> bundle = get("/" + script.group(1));
        assertThat(bundle.statusCode()).as("the production bundle is served").isEqualTo(200);
        assertThat(bundle.body()).isNotBlank().doesNotContain("vaadin-dev-tools");

        assertThat(Files.readString(log)).contains("Vaadin is running in production mode")
                .doesNotContainIgnoringCase("development mode");
    }

    @Test
    void the_start_up_log_warns_loudly_that_the_demo_accounts_are_on() throws Exception {
        String output = awaitInLog("DEMO MODE"); // the last lines of the start-up, once the application is ready

        assertThat(output).contains("DEMO MODE - NEVER USE THIS IN PRODUCTION")
                .contains("The DEMO ACCOUNTS are ON").contains("The DEMO DATA is ON");
        assertThat(output.lines().filter(line -> line.contains("WARN") && line.contains("DemoModeWarning")).count())
                .as("several lines, each a warning").isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_servlet_level_error_is_a_french_page_without_internals() throws Exception {
        // a missing file is a 404 for staff (visitors who are not signed in are sent to the login page)
        HttpClient staff = signedIn("lecture");

        HttpResponse<String> missing = send(staff, page("/VAADIN/build/pas-un-fichier.js"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(missing.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(missing.body()).contains("<html lang=\"fr\">").contains("Page introuvable").contains("Retour au tableau de bord")
                .doesNotContain("Whitelabel").doesNotContainIgnoringCase("exception").doesNotContain("pas-un-fichier")
                .doesNotContain("trace").doesNotContain("org.springframework").doesNotContain("com.vaadin");

        HttpResponse<String> json = send(staff, HttpRequest.newBuilder(URI.create(base + "/VAADIN/build/pas-un-fichier.js"))
                .header("Accept", "application/json").GET().build());
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("\"trace\"").doesNotContain("\"exception\"").doesNotContain("\"message\"");
    }

    /** A client that keeps its cookies, as a browser does, and shows redirects as they are. */
    private static HttpClient browserLike() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A member of staff signed in through the login form (demo account: password = login; the form's CSRF token). */
    private static HttpClient signedIn(String account) throws IOException, InterruptedException {
        HttpClient client = browserLike();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(send(client, page("/login")).body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + account + "&password=" + account + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = send(client, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(signIn.statusCode()).as("signed in: sent on").isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return client;
    }

    private static HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(VISITOR, page(path));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Until the login page answers 200; fails with the log if the process ends or takes too long. */
    private static void awaitLoginPage() throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the jar stopped with exit code " + app.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get("/login").statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the jar did not answer within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    /** The log once it contains {@code text} (it is written as the application goes), or as it is after 30 s. */
    private static String awaitInLog(String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        String output = Files.readString(log);
        while (!output.contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            output = Files.readString(log);
        }
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** After a forced kill only: the embedded server of OUR temporary directory, by the PID in its lock file. */
    private static void stopOrphanedPostgres() {
        Path pid = data.resolve("postgres").resolve("postmaster.pid");
        try {
            if (Files.isRegularFile(pid)) {
                long postmaster = Long.parseLong(Files.readAllLines(pid).getFirst().trim());
                ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
