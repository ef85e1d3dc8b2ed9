package dev.cutroom.plugin.upscale;

import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.ParameterValues;
import java.util.Locale;

/**
 * The {@code cutroom.estimate/1} answer: when the job's {@value #PARAMETER} parameter is true the plugin measures
 * this device, does no work and returns a result with no outputs whose notes carry the estimate. The editor runs
 * such a job before it offers Start, so it never needs the plugin's classes. Any thread.
 */
final class EstimateReport {
    /** The boolean parameter that asks for an estimate only. */
    static final String PARAMETER = "estimateOnly";
    /** Note keys of the feature, read by the host. */
    static final String SECONDS = "estimate.seconds", FRAMES = "estimate.frames", DEVICE = "estimate.device", CPU = "estimate.cpu";

    private EstimateReport() {}

    /** Whether the job asks for an estimate instead of the work. */
    static boolean requested(ParameterValues parameters) {
        return parameters.has(PARAMETER) && parameters.bool(PARAMETER);
    }

    /** The outputless result carrying {@code estimate}. */
    static JobResult of(UpscaleEstimate estimate) {
        return JobResult.builder()
                .note(SECONDS, String.format(Locale.ROOT, "%.3f", estimate.totalSeconds()))
                .note(FRAMES, Long.toString(estimate.frames()))
                .note(DEVICE, estimate.device())
                .note(CPU, Boolean.toString(estimate.onCpu()))
                .summary("Upscale would take " + estimate.describe())
                .build();
    }
}
