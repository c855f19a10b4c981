package fr.conventio.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded PostgreSQL server of a data directory frozen with SIGSTOP, as a machine that swaps, a stalled
 * disk or a paused VM freezes it: the postmaster first (it can then fork no new process), then every process
 * it started (backends, checkpointer, WAL writer...). {@link #close()} sends SIGCONT to all of them; a JVM
 * shutdown hook does it too, so that a failed test never leaves a stopped server behind.
 */
final class FrozenServer implements AutoCloseable {

    private final Set<Long> pids = new LinkedHashSet<>();
    private final Thread thawAtExit = new Thread(this::thaw, "thaw-frozen-postgres");
    private boolean thawed;

    private FrozenServer() {
    }

    static FrozenServer freeze(Path dataDirectory) {
        FrozenServer frozen = new FrozenServer();
        Runtime.getRuntime().addShutdownHook(frozen.thawAtExit);
        long postmaster = postmasterPid(dataDirectory);
        frozen.pids.add(postmaster);
        if (signal("-STOP", List.of(postmaster)) != 0) {
            throw new IllegalStateException("cannot stop the postmaster " + postmaster);
        }
        List<Long> children = ProcessHandle.of(postmaster).orElseThrow().descendants().map(ProcessHandle::pid).toList();
        frozen.pids.addAll(children);
        signal("-STOP", children); // a child that ended meanwhile is no matter
        return frozen;
    }

    /** The PID in the server's {@code postmaster.pid}. */
    static long postmasterPid(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8).getFirst().strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int processCount() {
        return pids.size();
    }

    @Override
    public void close() {
        thaw();
        Runtime.getRuntime().removeShutdownHook(thawAtExit);
    }

    private synchronized void thaw() {
        if (!thawed) {
            thawed = true;
            signal("-CONT", new ArrayList<>(pids));
        }
    }

    /** The exit code of kill: not 0 when a process was gone. */
    private static int signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return 0;
        }
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
