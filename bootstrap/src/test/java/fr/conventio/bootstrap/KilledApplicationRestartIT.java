package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.ConventioApplication;
import fr.conventio.application.reading.AgreementSummary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fault test: the application, started as a JVM of its own on a data directory, is killed with SIGKILL
 * ({@code kill -9}) once it has loaded the demo data. Its embedded PostgreSQL server keeps running, orphaned,
 * with its lock file. Started again on the same data directory, the application stops that server cleanly
 * (never deleting the lock file of a live server), starts its own, and finds what the killed run wrote,
 * exactly once.
 */
class KilledApplicationRestartIT {

    private static final long START_TIMEOUT_SECONDS = 180;

    @TempDir
    Path data;
    private Process killedRun;
    private Long orphan;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (killedRun != null) {
            killedRun.destroyForcibly();
        }
        // a failed test must not leave the server it orphaned running (only ours: the PID of this data directory)
        Optional.ofNullable(orphan).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void after_kill_9_the_next_start_stops_the_orphaned_server_and_finds_the_data_exactly_once() throws Exception {
        Path postgres = data.resolve("postgres");
        killedRun = startSeparateJvm();
        awaitLine(killedRun, "Demo data loaded", data.resolve("killed-run.log"));
        orphan = FrozenServer.postmasterPid(postgres);

        killedRun.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(killedRun.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(orphan)).as("the killed run's server keeps running").hasValueSatisfying(
                server -> assertThat(server.isAlive()).isTrue());
        assertThat(postgres.resolve("postmaster.pid")).exists();

        try (ConfigurableApplicationContext restarted = DemoRecords.start(data)) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphaned server was stopped").isEmpty();
            assertThat(FrozenServer.postmasterPid(postgres)).as("a server of its own").isNotEqualTo(orphan);

            DemoRecords.actAsStaff();
            DemoRecords demo = new DemoRecords(restarted);
            assertThat(demo.agreements()).extracting(AgreementSummary::reference).containsExactlyElementsOf(DemoRecords.REFERENCES);
            assertThat(demo.associationCount()).isEqualTo(1);
            JdbcTemplate jdbc = new JdbcTemplate(restarted.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from installation_marker", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from funder", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from budget_line", Integer.class)).isEqualTo(2);
        }
    }

    /** {@code java -cp <this test's class path> ConventioApplication ...}: the same application, in a process of its own. */
    private Process startSeparateJvm() throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", ConventioApplication.class.getName(),
                "--server.port=0",
                "--conventio.database.data-directory=" + data.resolve("postgres"),
                "--conventio.documents.directory=" + data.resolve("documents"),
                "--conventio.demo-data.enabled=true",
                "--conventio.security.demo-accounts=true",
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits for {@code text} in the process's output (copied to {@code log}); fails if the process ends or the time runs out. */
    private static void awaitLine(Process process, String text, Path log) throws Exception {
        CompletableFuture<Boolean> seen = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("first-run-output").start(() -> {
            // reads to the end, so that the process never blocks on a full pipe
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line; (line = output.readLine()) != null; ) {
                    copy.println(line);
                    if (line.contains(text)) {
                        seen.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            } finally {
                seen.complete(false);
            }
        });
        assertThat(seen.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("'%s' in the output of the first run (%s)", text, log).isTrue();
    }
}
