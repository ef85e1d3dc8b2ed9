package dev.cutroom.plugin.host.job;

/**
 * Receives a job's events. Called on the runner's job and I/O threads, never on the UI thread: a UI
 * listener hands over (e.g. {@code Platform.runLater}). Implementations must be quick and thread-safe.
 */
public interface JobListener {
    default void onStateChanged(JobHandle job, JobState state) { }

    default void onProgress(JobHandle job, JobProgress progress) { }

    default void onLog(JobHandle job, LogLine line) { }
}
