package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.api.ext.Estimate;

import java.util.Locale;

/**
 * How long a plugin job will take, as the plugin measured it on this device (its typed {@code cutroom.estimate/1}
 * answer, {@link Estimate}), with the editor's own warning policy: long on a CPU means more than
 * {@value #LONG_ON_CPU_SECONDS} s. Immutable; any thread.
 *
 * @param seconds total time of the job
 * @param frames  frames it would process
 * @param device  where it would run, e.g. "OnnxRuntime 1.21.1 on cpu()"
 * @param onCpu   whether that is a CPU
 */
public record PluginEstimate(double seconds, long frames, String device, boolean onCpu) {
    /** Beyond this on a CPU the dialog warns before Start. */
    public static final double LONG_ON_CPU_SECONDS = 120;

    /** The plugin's answer, as the dialog shows it. */
    public PluginEstimate(Estimate estimate) {
        this(estimate.seconds(), estimate.frames(), estimate.device(), estimate.onCpu());
    }

    /** Whether to warn before Start. */
    public boolean longOnCpu() {
        return onCpu && seconds > LONG_ON_CPU_SECONDS;
    }

    /** e.g. "About 3 min 20 s for 200 frames (1.00 s a frame on OnnxRuntime 1.21.1 on cpu())". */
    public String describe() {
        String perFrame = frames > 0 ? String.format(Locale.ROOT, " for %d frames (%.2f s a frame on %s)", frames, seconds / frames, device) : " on " + device;
        return "About " + duration(seconds) + perFrame;
    }

    /** The warning shown when {@link #longOnCpu()}. */
    public String warning() {
        return "This will take about " + duration(seconds) + " on the CPU (no GPU here). You can still start it, "
                + "or pick a lighter setting or a shorter selection.";
    }

    /** "45 s", "3 min 20 s", "2 h 5 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + ((s % 3600) / 60) + " min";
    }
}
