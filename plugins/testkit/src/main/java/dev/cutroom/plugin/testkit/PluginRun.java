package dev.cutroom.plugin.testkit;

import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.host.job.LogLine;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.plugin.host.result.JobProvenance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A job that ran to the end and passed the host's checks (files exist and decode, durations fit, split points lie
 * inside their clips). Output files are still in the job's {@code out/} folder for the test to inspect.
 *
 * @param completed what the host returned
 * @param log       the job log (the plugin's lines and the host's)
 * @param progress  every progress fraction the host forwarded, in order
 */
public record PluginRun(CompletedJob completed, List<LogLine> log, List<Double> progress) {

    /** The plugin's result. */
    public JobResult result() {
        return completed.result();
    }

    /** The outputs of one kind. */
    public <T extends Output> List<T> outputs(Class<T> kind) {
        return completed.result().outputs(kind);
    }

    /** All split points for one clip, in order (empty when none). */
    public List<ExactTime> splits(String clipId) {
        return outputs(Output.Split.class).stream().filter(s -> s.clipId().equals(clipId)).flatMap(s -> s.atSource().stream()).toList();
    }

    /** The folder holding the output files. */
    public Path outputDir() {
        return completed.outputDir();
    }

    /** What the host would record as provenance. */
    public JobProvenance provenance() {
        return completed.provenance();
    }

    /** How long the job ran. */
    public Duration elapsed() {
        return completed.elapsed();
    }

    /** Whether a log line contains {@code text}. */
    public boolean logged(String text) {
        return log.stream().anyMatch(l -> l.message().contains(text));
    }
}
