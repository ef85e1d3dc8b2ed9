package dev.cutroom.plugin.host.exec;

import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.ext.Estimate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Carries a plugin's typed {@link Estimate} from wherever it ran (a worker JVM, or this one) to the caller inside
 * an outputless {@link JobResult}. The keys are the host's own transport, written and read only here; plugin
 * authors see the typed {@code cutroom.estimate/1} extension. Any thread.
 */
public final class EstimateAnswer {
    private static final String SECONDS = "cutroom.estimate.seconds", FRAMES = "cutroom.estimate.frames",
            DEVICE = "cutroom.estimate.device", CPU = "cutroom.estimate.cpu";

    private EstimateAnswer() {}

    /** The result that carries {@code estimate}. */
    public static JobResult toResult(Estimate estimate) {
        if (estimate == null) throw new IllegalStateException("the plugin's estimate() returned nothing");
        return JobResult.builder()
                .note(SECONDS, Double.toString(estimate.seconds()))
                .note(FRAMES, Long.toString(estimate.frames()))
                .note(DEVICE, estimate.device())
                .note(CPU, Boolean.toString(estimate.onCpu()))
                .summary(String.format(Locale.ROOT, "about %.1f s for %d frames on %s", estimate.seconds(), estimate.frames(), estimate.device()))
                .build();
    }

    /** The estimate a result carries, or empty when it carries none (it was not an estimate job). */
    public static Optional<Estimate> fromResult(JobResult result) {
        Map<String, String> notes = result.provenance().notes();
        if (!notes.containsKey(SECONDS)) return Optional.empty();
        try {
            return Optional.of(new Estimate(Double.parseDouble(notes.get(SECONDS)), Long.parseLong(notes.getOrDefault(FRAMES, "0")),
                    notes.get(DEVICE), Boolean.parseBoolean(notes.get(CPU))));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the plugin's estimate is malformed: " + e.getMessage(), e);
        }
    }
}
