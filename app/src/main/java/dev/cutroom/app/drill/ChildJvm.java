package dev.cutroom.app.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running {@link DrillChild} with this JVM's java binary, class path and module/native-access flags.
 * Its stdout lines are queued for {@link #await}; stderr goes to a file beside the work so a crash can be read.
 * {@link #kill()} is {@link Process#destroyForcibly()}: SIGKILL on Linux and macOS, the process gets no say.
 */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000EOF";
    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile String lastLine;

    private ChildJvm(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("drill-child-stdout").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lastLine = line;
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed
            } finally {
                lines.add(EOF);
            }
        });
    }

    static ChildJvm start(Path stderr, String... args) throws IOException { return start(stderr, List.of(), args); }

    /** As {@link #start(Path, String...)}, with extra JVM options (e.g. {@code -Dcutroom.plugins=DIR}). */
    static ChildJvm start(Path stderr, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-") || a.startsWith("--enable-native-access") || a.startsWith("-Djava.library.path")) cmd.add(a);
        }
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DrillChild.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile());
        return new ChildJvm(pb.start());
    }

    /** Waits for a line starting with {@code prefix}; null when the child ended or the time ran out. */
    String await(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return null;
            String line = lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) return null;
            if (line.equals(EOF)) {
                lines.add(EOF);
                return null;
            }
            if (line.startsWith(prefix)) return line;
        }
    }

    /** The last line the child printed (so far), or null. */
    String lastLine() { return lastLine; }

    boolean isAlive() { return process.isAlive(); }

    /** SIGKILL, then waits for the process to be gone; returns true when it was still running when killed. */
    boolean kill() throws InterruptedException {
        boolean wasAlive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return wasAlive;
    }

    /** Waits for the stdout reader to drain what the child printed before it died. */
    void drain() throws InterruptedException {
        String eof = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (eof == null && System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (EOF.equals(line)) eof = line;
        }
        if (eof != null) lines.add(EOF);
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return Integer.MIN_VALUE;
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
