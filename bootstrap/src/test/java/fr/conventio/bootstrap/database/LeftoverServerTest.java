package fr.conventio.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the start does with what a run that did not stop cleanly left in the data directory, on stand-in
 * processes (a copy of {@code sleep} named {@code postgres} plays the orphaned postmaster): the lock file of a
 * live server is never deleted, the server is stopped; a stale lock file is handled as PostgreSQL would need.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LeftoverServerTest {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dataDirectory;
    @TempDir
    Path binaries;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopStandIns() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void no_lock_file_nothing_to_do() {
        LeftoverServer.dealWith(dataDirectory, STOP_TIMEOUT);

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void a_live_postmaster_of_this_directory_is_stopped_and_its_lock_file_left_to_it() throws Exception {
        Process postmaster = standIn("postgres");
        Instant startedAt = postmaster.info().startInstant().orElseThrow();
        writeLockFile(postmaster.pid(), startedAt);

        LeftoverServer.dealWith(dataDirectory, STOP_TIMEOUT);

        assertThat(postmaster.isAlive()).as("stopped").isFalse();
        // a real postmaster removes its lock file as it stops; the start never deletes the lock file of a live server
        assertThat(dataDirectory.resolve("postmaster.pid")).exists();
    }

    @Test
    void a_lock_file_naming_a_dead_pid_is_left_to_postgresql() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writeLockFile(gone.pid(), Instant.now());

        LeftoverServer.dealWith(dataDirectory, STOP_TIMEOUT);

        assertThat(dataDirectory.resolve("postmaster.pid")).exists();
    }

    @Test
    void a_lock_file_whose_pid_is_now_another_program_is_stale_and_removed_that_program_untouched() throws Exception {
        Process other = standIn("sleep");
        writeLockFile(other.pid(), other.info().startInstant().orElseThrow());

        LeftoverServer.dealWith(dataDirectory, STOP_TIMEOUT);

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        assertThat(other.isAlive()).isTrue();
    }

    @Test
    void a_postgres_started_at_another_time_than_the_lock_file_says_is_not_this_server_and_is_left_running() throws Exception {
        Process otherServer = standIn("postgres");
        writeLockFile(otherServer.pid(), otherServer.info().startInstant().orElseThrow().minus(Duration.ofHours(3)));

        LeftoverServer.dealWith(dataDirectory, STOP_TIMEOUT);

        assertThat(otherServer.isAlive()).isTrue();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void a_data_directory_held_by_another_running_application_is_refused_and_its_server_left_alone() throws Exception {
        Process postmaster = standIn("postgres");
        writeLockFile(postmaster.pid(), postmaster.info().startInstant().orElseThrow());
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {

            assertThatThrownBy(() -> LeftoverServer.dealWith(dataDirectory, STOP_TIMEOUT))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running Conventio");
        }
        assertThat(postmaster.isAlive()).isTrue();
        assertThat(dataDirectory.resolve("postmaster.pid")).exists();
    }

    /** A copy of {@code sleep} named {@code name}, sleeping a minute (stopped by SIGINT like a postmaster by a fast shutdown). */
    private Process standIn(String name) throws IOException {
        Path sleep = Files.isExecutable(Path.of("/bin/sleep")) ? Path.of("/bin/sleep") : Path.of("/usr/bin/sleep");
        Path copy = binaries.resolve(name);
        if (!Files.exists(copy)) {
            Files.copy(sleep, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Process process = new ProcessBuilder(copy.toString(), "60").start();
        started.add(process);
        return process;
    }

    /** {@code postmaster.pid} as PostgreSQL writes it: PID, data directory, start time (epoch seconds), port... */
    private void writeLockFile(long pid, Instant startedAt) throws IOException {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), pid + "\n" + dataDirectory + "\n" + startedAt.getEpochSecond()
                + "\n5432\n/tmp\nlocalhost\n  1234567     0\nready   \n");
    }
}
