package dev.cutroom.plugin.host.exec;

import dev.cutroom.plugin.api.JobResult;

/**
 * Runs one job to completion, in this process or a worker. Blocks the calling (job) thread until the job
 * ends; returns within about a second of {@code cancel} being raised. Thread-safe.
 */
public interface JobExecutor {

    /**
     * @return the plugin's result, not yet validated
     * @throws JobFailedException for any way the job can end without a result, including cancellation
     */
    JobResult execute(ExecutionRequest request, ExecutionListener listener, CancelSignal cancel) throws JobFailedException;
}
