package dev.cutroom.plugin.upscale;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a job's time goes, per stage (decode, model, the plugin's own work, encode), so the log can say how much
 * is the model and how much is overhead around it. One thread (the job thread).
 */
final class StageTimes {
    static final String DECODE = "decode", MODEL = "model", PLUGIN = "tiles+blend+filter+colour", ENCODE = "encode";
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long frames;

    /** Adds {@code elapsed} nanoseconds to a stage. */
    void add(String stage, long elapsed) {
        nanos.merge(stage, elapsed, Long::sum);
    }

    void frame() {
        frames++;
    }

    double seconds(String stage) {
        return nanos.getOrDefault(stage, 0L) / 1e9;
    }

    double totalSeconds() {
        return nanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /** Total over model time: 1.0 means no overhead at all. */
    double overheadRatio() {
        double model = seconds(MODEL);
        return model > 0 ? totalSeconds() / model : Double.NaN;
    }

    /** e.g. "per frame: decode 0.004 s, model 1.510 s, ... (total / model = 1.04)". */
    String describe() {
        StringBuilder s = new StringBuilder("per frame:");
        long n = Math.max(1, frames);
        nanos.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %.3f s,", k, v / 1e9 / n)));
        s.setLength(s.length() - 1);
        if (nanos.containsKey(MODEL)) s.append(String.format(Locale.ROOT, " (total / model = %.3f)", overheadRatio()));
        return s.toString();
    }
}
