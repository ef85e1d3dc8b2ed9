package dev.cutroom.plugin.host.job;

import dev.cutroom.plugin.host.result.CompletedJob;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A submitted job. Every method is safe from any thread. */
public interface JobHandle {
    String id();

    String pluginId();

    JobState state();

    /** The latest progress. */
    JobProgress progress();

    /** The log so far. */
    List<LogLine> log();

    /** Adds a listener; events from now on reach it. */
    void addListener(JobListener listener);

    /**
     * Stops the job: a queued job ends at once, a running one within about a second. Its outputs are
     * removed and {@link #result()} fails with kind {@code CANCELLED}. No effect on a finished job.
     */
    void cancel();

    /**
     * Completes with the validated (and, with a committer, committed) result, or exceptionally with a
     * {@link dev.cutroom.plugin.host.exec.JobFailedException} saying why not.
     */
    CompletableFuture<CompletedJob> result();
}
