package dev.cutroom.plugin.host.exec;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.host.context.JobWorkspace;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import java.util.Objects;

/**
 * One job ready to execute: which plugin, the job with parameters already bound, and its folders.
 */
public record ExecutionRequest(String jobId, PluginEntry plugin, Job job, JobWorkspace workspace) {
    public ExecutionRequest {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(workspace, "workspace");
        if (!plugin.isLoadable()) throw new IllegalArgumentException("plugin " + plugin.id() + " is refused: " + plugin.refusal());
    }
}
