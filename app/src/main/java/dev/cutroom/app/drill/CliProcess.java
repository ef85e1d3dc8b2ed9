package dev.cutroom.app.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real {@code cutroom ...} command in its own JVM ({@link DrillChild} {@code cli}), for drills that race commands. */
final class CliProcess implements AutoCloseable {
    private final ChildJvm child;
    private final Path stderr;
    private final StringBuilder out = new StringBuilder();

    private CliProcess(ChildJvm child, Path stderr) {
        this.child = child;
        this.stderr = stderr;
    }

    static CliProcess start(Path stderr, String... cutroomArgs) throws IOException { return start(stderr, List.of(), cutroomArgs); }

    static CliProcess start(Path stderr, List<String> jvmOptions, String... cutroomArgs) throws IOException {
        String[] args = new String[cutroomArgs.length + 1];
        args[0] = "cli";
        System.arraycopy(cutroomArgs, 0, args, 1, cutroomArgs.length);
        return new CliProcess(ChildJvm.start(stderr, jvmOptions, args), stderr);
    }

    /** The exit code, or {@link Integer#MIN_VALUE} when it did not end in time (it is then killed). */
    int await(Duration timeout) throws InterruptedException {
        int code = child.waitFor(timeout);
        if (code == Integer.MIN_VALUE) child.kill();
        // collect standard output up to its end (the reader thread may still be passing on the last lines)
        for (String line; (line = child.await("", Duration.ofSeconds(5))) != null; ) out.append(line).append('\n');
        return code;
    }

    /** What it printed on standard output (after {@link #await}). */
    String out() {
        return out.toString();
    }

    String err() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        child.close();
    }
}
