package dev.cutroom.plugin.host.result;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.PluginDescriptor;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A job that ran and whose result passed {@link ResultValidator}: everything a {@link ResultCommitter}
 * needs to put it on the timeline.
 *
 * @param job       the job as run (parameters bound, defaults filled in)
 * @param outputDir the folder holding every output file; the committer moves what it keeps
 * @param receipt   what the committer did, or null when the runner has no committer
 */
public record CompletedJob(String jobId, PluginDescriptor plugin, Job job, JobResult result, Path outputDir,
                           JobProvenance provenance, Duration elapsed, CommitReceipt receipt) {

    public CompletedJob withReceipt(CommitReceipt r) {
        return new CompletedJob(jobId, plugin, job, result, outputDir, provenance, elapsed, r);
    }
}
