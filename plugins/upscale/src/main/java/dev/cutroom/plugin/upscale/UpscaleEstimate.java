package dev.cutroom.plugin.upscale;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Tensor;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * How long an upscale will take: frames times the time per frame measured on this device. The plugin logs it
 * before it starts; the editor asks for it before Start through the typed extension (feature
 * {@code cutroom.estimate/1}, {@link UpscalePlugin#estimate}), which measures the device in a worker and upscales nothing. Immutable; any thread.
 *
 * @param frames          frames to upscale
 * @param secondsPerFrame measured model time per frame plus the per-frame work around it (decode, resize, encode)
 * @param device          where the model runs, e.g. {@code "OnnxRuntime 1.21.1 on cpu()"}
 */
public record UpscaleEstimate(long frames, double secondsPerFrame, String device) {
    /** Beyond this many seconds on a CPU the estimate comes with a warning. */
    public static final double LONG_ON_CPU_SECONDS = 120;
    /** Side of the square probe tile timed at the start. */
    public static final int PROBE = 128;
    /** Where camera mode's filters run. */
    static final String CAMERA_DEVICE = "Java (learned filters) on the CPU";
    /** Where fidelity mode runs: the plugin's own Lanczos. */
    static final String FIDELITY_DEVICE = "Java (Lanczos-3) on the CPU";
    /** Work per output pixel outside the model (conversions, blending, Lanczos when needed, H.264), seconds. */
    static final double OVERHEAD_PER_OUTPUT_PIXEL = 40e-9;

    /** Frames times seconds per frame. */
    public double totalSeconds() {
        return frames * secondsPerFrame;
    }

    /** Whether the model runs on a CPU. */
    public boolean onCpu() {
        return device.toLowerCase(Locale.ROOT).contains("cpu");
    }

    /** Whether to warn the user before starting: long, and on a CPU. */
    public boolean longOnCpu() {
        return onCpu() && totalSeconds() > LONG_ON_CPU_SECONDS;
    }

    /** e.g. "about 3 min 20 s for 200 frames (1.00 s a frame on OnnxRuntime 1.21.1 on cpu())". */
    public String describe() {
        return String.format(Locale.ROOT, "about %s for %d frames (%.2f s a frame on %s)", duration(totalSeconds()), frames, secondsPerFrame, device);
    }

    /** The warning shown when {@link #longOnCpu()}. */
    public String warning() {
        return "This will take " + duration(totalSeconds()) + " on the CPU (no GPU was found for the model). "
                + "Consider camera or fidelity mode, a smaller scale, or a shorter selection.";
    }

    /** Adds two estimates (same device). */
    public UpscaleEstimate plus(UpscaleEstimate o) {
        long f = frames + o.frames;
        double total = totalSeconds() + o.totalSeconds();
        return new UpscaleEstimate(f, f == 0 ? 0 : total / f, device);
    }

    /** Human duration: "45 s", "3 min 20 s", "2 h 5 min". */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + ((s % 3600) / 60) + " min";
    }

    /**
     * Seconds of model time per input pixel of tile, from one {@value #PROBE}-pixel tile run twice (the first
     * run warms the engine up and is not counted). Opening thread of the session.
     */
    public static double secondsPerTilePixel(InferenceSession session) {
        Tensor probe = probeTile();
        session.runOne(probe);
        long t0 = System.nanoTime();
        session.runOne(probe);
        return (System.nanoTime() - t0) / 1e9 / (PROBE * PROBE);
    }

    /** Where a plan without a network runs (camera, fidelity); for a network, the session says. */
    public static String deviceWithoutModel(UpscalePlan plan) {
        return plan.mode() == UpscalePlan.Mode.CAMERA ? CAMERA_DEVICE : FIDELITY_DEVICE;
    }

    /**
     * For camera mode, seconds of filtering per filtered output pixel (input pixels × scale²), from one
     * {@value #PROBE}-pixel probe run twice (the first warms up); 0 for the other modes (their cost is the
     * network's, measured by {@link #secondsPerTilePixel}, or only the overhead). Any thread.
     */
    public static double secondsPerPixelWithoutModel(UpscalePlan plan) {
        if (plan.mode() != UpscalePlan.Mode.CAMERA) return 0;
        FilterBank bank = FilterBank.shipped(plan.modelScale());
        float[] probe = probeTile().data();
        FilterBankUpscaler.upscale(probe, PROBE, PROBE, bank);
        long t0 = System.nanoTime();
        FilterBankUpscaler.upscale(probe, PROBE, PROBE, bank);
        return (System.nanoTime() - t0) / 1e9 / ((double) PROBE * PROBE * bank.scale() * bank.scale());
    }

    /**
     * Seconds per frame of a plan, given the measured cost: per tile pixel of the network, or in camera mode per
     * filtered pixel ({@link #secondsPerPixelWithoutModel}).
     */
    public static double secondsPerFrame(UpscalePlan plan, double secondsPerTilePixel) {
        double overhead = OVERHEAD_PER_OUTPUT_PIXEL * plan.width() * plan.height();
        if (plan.mode() == UpscalePlan.Mode.FIDELITY) return overhead;
        if (plan.mode() == UpscalePlan.Mode.CAMERA) {
            double filtered = (double) plan.sourceWidth() * plan.sourceHeight() * plan.modelScale() * plan.modelScale();
            return filtered * secondsPerTilePixel + overhead;
        }
        TiledUpscaler.Axis[] a = UpscalePlugin.tiler(plan).layout(plan.sourceWidth(), plan.sourceHeight());
        double tilePixels = (double) a[0].window() * a[0].starts().length * a[1].window() * a[1].starts().length;
        return tilePixels * secondsPerTilePixel + overhead;
    }

    /** Frames in a clip's source range at its frame rate. */
    public static long frames(ClipRef clip) {
        if (!clip.hasVideo()) return 0;
        return Math.round(clip.sourceRange().duration().toSeconds() * clip.frameRate().toDouble());
    }

    /**
     * The estimate for upscaling these clips with these parameters: opens the model, times one tile, closes it.
     * For tools and tests that hold the model access themselves. Thread that owns {@code models}.
     *
     * @throws IOException when the model cannot be loaded
     */
    public static UpscaleEstimate forClips(List<ClipRef> clips, ParameterValues parameters, ModelAccess models, String device) throws IOException {
        UpscaleEstimate total = new UpscaleEstimate(0, 0, device);
        Double perPixel = null;
        for (ClipRef clip : clips) {
            if (!clip.hasVideo()) continue;
            UpscalePlan plan = UpscalePlan.of(parameters, clip.width(), clip.height());
            if (perPixel == null) {
                if (plan.mode().usesModel()) {
                    try (InferenceSession s = models.open(plan.modelId())) {
                        perPixel = secondsPerTilePixel(s);
                    }
                } else {
                    perPixel = secondsPerPixelWithoutModel(plan);
                }
            }
            total = total.plus(new UpscaleEstimate(frames(clip), secondsPerFrame(plan, perPixel == null ? 0 : perPixel), device));
        }
        return total;
    }

    private static Tensor probeTile() {
        float[] data = new float[3 * PROBE * PROBE];
        for (int i = 0; i < data.length; i++) data[i] = ((i * 2654435761L) >>> 24 & 0xff) / 255f;
        return new Tensor(new long[] {1, 3, PROBE, PROBE}, data);
    }
}
