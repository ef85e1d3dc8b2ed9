package dev.cutroom.timeline.io;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Another process holding a project's lock ({@link ProjectLock#main}) until closed. */
public final class OtherProcess implements AutoCloseable {
    private final Process process;

    private OtherProcess(Process process) { this.process = process; }

    public static OtherProcess holding(Path projectFile, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                ProjectLock.class.getName(), projectFile.toString(), command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"LOCKED".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the other process did not take the lock: " + line);
        }
        return new OtherProcess(p);
    }

    public long pid() { return process.pid(); }

    /** Lets go: closes its input and waits for it to end. */
    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
