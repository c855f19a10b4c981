package fr.conventio.bootstrap.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a run that did not stop cleanly leaves in the data directory, dealt with before the server starts.
 *
 * <p>When the JVM is killed ({@code kill -9}, out of memory, power button of a container), the embedded
 * postmaster it started keeps running, adopted by PID 1, with its {@code postmaster.pid} lock file in the
 * data directory. Deleting that file would let a second server start on the same files (PostgreSQL then
 * refuses on its shared memory, or worse). Instead:
 * <ul>
 * <li>another running Conventio holding the data directory (zonky's {@code epg-lock} file is locked while an
 *     application uses it) stops this start with a message;</li>
 * <li>a live process that is the postmaster of this directory (a {@code postgres} executable started at the time
 *     written in the lock file) is stopped cleanly, {@code pg_ctl stop -m fast} with the binaries it runs from
 *     (or, if that fails, SIGINT, which is what it sends), and waited for;</li>
 * <li>a lock file naming a dead PID is left to PostgreSQL, which replaces it;</li>
 * <li>a lock file naming a live process that is provably not that postmaster (the PID was reused) is stale:
 *     PostgreSQL would refuse to start on it, so it is removed, with a warning.</li>
 * </ul>
 */
final class LeftoverServer {

    static final String LOCK_FILE = "postmaster.pid";
    /** Held by zonky's EmbeddedPostgres for as long as an application uses the data directory. */
    static final String APPLICATION_LOCK_FILE = "epg-lock";

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    /** The lock file's start time is in whole seconds, the process's may be rounded otherwise. */
    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);

    private LeftoverServer() {
    }

    /** Makes the data directory ready for a start: see the class comment. */
    static void dealWith(Path dataDirectory, Duration stopTimeout) {
        refuseIfInUse(dataDirectory);
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        Optional<ServerLock> lock = ServerLock.read(lockFile);
        if (lock.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(lock.get().pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            LOG.info("{} names PID {}, which is not running: PostgreSQL will replace the stale lock file", lockFile, lock.get().pid());
            return;
        }
        switch (identify(process.get(), lock.get())) {
            case THIS_SERVER -> stop(process.get(), dataDirectory, stopTimeout);
            case ANOTHER_PROCESS -> {
                LOG.warn("{} names PID {}, now a different process ({}): removing the stale lock file", lockFile, lock.get().pid(),
                        process.get().info().command().orElse("?"));
                deleteStale(lockFile);
            }
            case UNKNOWN -> throw new IllegalStateException(lockFile + " names PID " + lock.get().pid() + ", a running process that may be"
                    + " the PostgreSQL server of this data directory, but it cannot be inspected. Stop it (pg_ctl stop -D "
                    + dataDirectory.toAbsolutePath() + " -m fast) and start again.");
        }
    }

    enum Identity { THIS_SERVER, ANOTHER_PROCESS, UNKNOWN }

    /** Whether the live process {@code process} is the postmaster that wrote {@code lock}. */
    static Identity identify(ProcessHandle process, ServerLock lock) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        Optional<Instant> started = info.startInstant();
        if (command.isEmpty() || started.isEmpty()) {
            return Identity.UNKNOWN;
        }
        String executable = Path.of(command.get()).getFileName().toString();
        boolean postgres = executable.equals("postgres") || executable.equals("postgres.exe") || executable.startsWith("postgres ");
        boolean startedThen = Duration.between(lock.started(), started.get()).abs().compareTo(START_TIME_TOLERANCE) <= 0;
        return postgres && startedThen ? Identity.THIS_SERVER : Identity.ANOTHER_PROCESS;
    }

    private static void refuseIfInUse(Path dataDirectory) {
        Path applicationLock = dataDirectory.resolve(APPLICATION_LOCK_FILE);
        if (!Files.exists(applicationLock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(applicationLock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                throw inUse(dataDirectory);
            }
            held.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check " + applicationLock, e);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The data directory " + dataDirectory.toAbsolutePath()
                + " is in use by another running Conventio: stop it first, or give this one another CONVENTIO_DATA_DIR");
    }

    private static void stop(ProcessHandle server, Path dataDirectory, Duration timeout) {
        LOG.warn("An embedded PostgreSQL server (PID {}) is still running on {}, left by a previous run that did not stop cleanly:"
                + " stopping it before starting", server.pid(), dataDirectory.toAbsolutePath());
        Path pgCtl = Path.of(server.info().command().orElseThrow()).resolveSibling(isWindows() ? "pg_ctl.exe" : "pg_ctl");
        boolean stopped = Files.isExecutable(pgCtl) && pgCtlStop(pgCtl, dataDirectory, timeout);
        if (!stopped) {
            // what pg_ctl stop -m fast does: SIGINT to the postmaster (SIGTERM, a smart shutdown, where there is no kill command)
            LOG.warn("Asking the server (PID {}) for a fast shutdown with SIGINT", server.pid());
            if (!run(List.of("kill", "-INT", Long.toString(server.pid())), "kill -INT")) {
                server.destroy();
            }
        }
        try {
            server.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server left running on " + dataDirectory.toAbsolutePath() + " (PID "
                    + server.pid() + ") did not stop within " + timeout.toSeconds() + " s; stop it (pg_ctl stop -D ... -m fast) and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the PostgreSQL server left running to stop", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        LOG.info("The PostgreSQL server left running (PID {}) has stopped", server.pid());
    }

    /** {@code pg_ctl stop -m fast} with the binaries the server runs from, as zonky runs them (in a user namespace when root). */
    private static boolean pgCtlStop(Path pgCtl, Path dataDirectory, Duration timeout) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // pg_ctl refuses to run as root
        }
        command.addAll(List.of(pgCtl.toString(), "stop", "-D", dataDirectory.toAbsolutePath().toString(), "-m", "fast",
                "-w", "-t", Long.toString(Math.max(1, timeout.toSeconds()))));
        return run(command, "pg_ctl stop");
    }

    /** Runs {@code command} to its end; whether it succeeded (its output is logged). */
    private static boolean run(List<String> command, String what) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            if (exit != 0) {
                LOG.warn("{} ended with {}: {}", what, exit, output);
                return false;
            }
            LOG.info("{}: {}", what, output);
            return true;
        } catch (IOException e) {
            LOG.warn("Cannot run {}: {}", what, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL server left running", e);
        }
    }

    private static void deleteStale(Path lockFile) {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + lockFile, e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    /** The first lines of {@code postmaster.pid}: the postmaster's PID, its data directory, its start time (epoch seconds). */
    record ServerLock(long pid, Instant started) {

        static Optional<ServerLock> read(Path lockFile) {
            List<String> lines;
            try {
                lines = Files.readAllLines(lockFile, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + lockFile, e);
            }
            try {
                return Optional.of(new ServerLock(Long.parseLong(lines.get(0).strip()), Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()))));
            } catch (RuntimeException e) {
                LOG.warn("{} is not a PostgreSQL lock file as expected ({} lines): left to PostgreSQL", lockFile, lines.size());
                return Optional.empty();
            }
        }
    }
}
