package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobPurpose;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.ext.EstimateExtension;
import dev.cutroom.plugin.host.exec.EstimateAnswer;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.project.JobRequests;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Asks plugins how long a job will take before the user starts it: the same job with the purpose
 * {@link JobPurpose#ESTIMATE}, run like any job (in a worker JVM, so a plugin's model loads outside the editor) by a
 * runner whose committer applies nothing, so nothing reaches the project. The plugin answers through the API's typed
 * {@code cutroom.estimate/1} extension ({@link EstimateExtension}); the editor never needs a plugin's classes.
 */
public final class PluginEstimates implements AutoCloseable {
    private final EditorModel model;
    private final JobRunner runner;

    /** @param runner a runner whose committer applies nothing (estimates make no outputs) */
    public PluginEstimates(EditorModel model, JobRunner runner) {
        this.model = Objects.requireNonNull(model, "model");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Whether the plugin can estimate its jobs. Any thread. */
    public static boolean supports(PluginDescriptor plugin) {
        return plugin.hasFeature(EstimateExtension.EXTENSION.feature());
    }

    /**
     * Starts an estimate of the job these values would start. FX thread (reads the project). Cancelling the future
     * stops the estimate job.
     *
     * @throws IllegalArgumentException when the job could not start (the same reasons as the job itself)
     */
    public CompletableFuture<PluginEstimate> estimate(String pluginId, List<String> clipIds, Map<String, ?> values, String instruction) {
        Job job = JobRequests.forClips(model.project(), model.resolver(), clipIds, values, instruction).withPurpose(JobPurpose.ESTIMATE);
        JobHandle handle = runner.submit(pluginId, job);
        CompletableFuture<PluginEstimate> estimate = handle.result().thenApply(done -> new PluginEstimate(EstimateAnswer.fromResult(done.result())
                .orElseThrow(() -> new IllegalArgumentException("the plugin returned no estimate"))));
        estimate.whenComplete((e, failure) -> {
            if (estimate.isCancelled()) handle.cancel();
        });
        return estimate;
    }

    @Override
    public void close() {
        runner.close();
    }
}
