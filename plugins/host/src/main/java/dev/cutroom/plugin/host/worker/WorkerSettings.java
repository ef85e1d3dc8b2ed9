package dev.cutroom.plugin.host.worker;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How worker JVMs are started.
 *
 * @param javaBinary     the {@code java} launcher; by default the host's own
 * @param classPath      the worker's class path; by default the host's ({@code java.class.path})
 * @param maxHeap        {@code -Xmx} value such as {@code "2g"}, or null for the JVM default
 * @param extraJvmArgs   further JVM options
 * @param cancelGraceMillis how long a cancelled worker may take to stop by itself before it is killed
 */
public record WorkerSettings(Path javaBinary, String classPath, String maxHeap, List<String> extraJvmArgs, long cancelGraceMillis) {
    public WorkerSettings {
        Objects.requireNonNull(javaBinary, "javaBinary");
        Objects.requireNonNull(classPath, "classPath");
        extraJvmArgs = extraJvmArgs == null ? List.of() : List.copyOf(extraJvmArgs);
        if (cancelGraceMillis < 0) throw new IllegalArgumentException("negative grace");
    }

    /** The host's java binary and class path, default heap, 300 ms to stop after a cancel. */
    public static WorkerSettings sameAsHost() {
        return new WorkerSettings(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"), null, List.of(), 300);
    }

    public WorkerSettings withMaxHeap(String heap) {
        return new WorkerSettings(javaBinary, classPath, heap, extraJvmArgs, cancelGraceMillis);
    }
}
