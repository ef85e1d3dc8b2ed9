package dev.cutroom.app.ui.plugins;

import java.util.Locale;
import java.util.Map;

/**
 * How long a plugin job will take, as the plugin measured it on this device (feature {@value #FEATURE}): the plugin
 * ran with {@code estimateOnly=true}, did no work and put the figures into its result's notes. The warning policy
 * is the editor's: long on a CPU means more than {@value #LONG_ON_CPU_SECONDS} s. Immutable; any thread.
 *
 * @param seconds total time of the job
 * @param frames  frames it would process
 * @param device  where it would run, e.g. "OnnxRuntime 1.21.1 on cpu()"
 * @param onCpu   whether that is a CPU
 */
public record PluginEstimate(double seconds, long frames, String device, boolean onCpu) {
    /** The feature a plugin declares when it answers estimate-only jobs. */
    public static final String FEATURE = "cutroom.estimate/1";
    /** The boolean parameter of that feature. */
    public static final String PARAMETER = "estimateOnly";
    /** Beyond this on a CPU the dialog warns before Start. */
    public static final double LONG_ON_CPU_SECONDS = 120;

    /**
     * Reads the notes of an estimate-only result ({@code estimate.seconds}, {@code .frames}, {@code .device},
     * {@code .cpu}).
     *
     * @throws IllegalArgumentException when the plugin sent no usable estimate
     */
    public static PluginEstimate fromNotes(Map<String, String> notes) {
        String seconds = notes.get("estimate.seconds");
        if (seconds == null) throw new IllegalArgumentException("the plugin returned no estimate");
        try {
            double s = Double.parseDouble(seconds);
            if (!Double.isFinite(s) || s < 0) throw new IllegalArgumentException("the plugin's estimate is not a time: " + seconds);
            long frames = Long.parseLong(notes.getOrDefault("estimate.frames", "0"));
            String device = notes.getOrDefault("estimate.device", "an unnamed device");
            boolean cpu = Boolean.parseBoolean(notes.getOrDefault("estimate.cpu", Boolean.toString(device.toLowerCase(Locale.ROOT).contains("cpu"))));
            return new PluginEstimate(s, frames, device, cpu);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the plugin's estimate is malformed: " + notes, e);
        }
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
