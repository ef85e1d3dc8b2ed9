package dev.cutroom.plugin.api.ext;

import java.util.Objects;

/**
 * The answer of {@code cutroom.estimate/1}. Immutable; any thread. Since API 1.2.
 *
 * @param seconds the whole job, in seconds (finite, 0 or more)
 * @param frames  frames it would process (0 when that means nothing for the plugin)
 * @param device  where it would run, e.g. the job's {@link dev.cutroom.plugin.api.JobContext#device()}
 * @param onCpu   whether that is a CPU (the editor warns before a long job on a CPU)
 */
public record Estimate(double seconds, long frames, String device, boolean onCpu) {
    public Estimate {
        if (!Double.isFinite(seconds) || seconds < 0) throw new IllegalArgumentException("an estimate must be 0 seconds or more, got " + seconds);
        if (frames < 0) throw new IllegalArgumentException("an estimate cannot have " + frames + " frames");
        device = Objects.requireNonNullElse(device, "an unnamed device");
    }
}
