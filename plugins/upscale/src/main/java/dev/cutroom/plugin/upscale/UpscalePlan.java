package dev.cutroom.plugin.upscale;

import dev.cutroom.plugin.api.ParameterValues;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * What to do with one clip: the mode, which model (by scale), the exact output size, and the filter settings.
 * Built from the job's parameters and the clip's picture size by {@link #of}. Immutable; any thread.
 *
 * <p>Output size: with a {@code targetHeight} the height is exactly the target and the width follows the aspect
 * ratio (rounded to even); otherwise both sides are multiplied by {@code scale} (rounded to even, as H.264 needs).
 * In camera and animation mode the filters or model with the smallest scale that reaches the needed factor run first
 * (x2, x3 or x4; x4 when more is needed), then Lanczos-3 brings the result to the exact size when the two differ.
 *
 * @param mode              camera (learned filters), animation or enhance-photo (GAN models), fidelity (Lanczos only)
 * @param modelScale        2, 3 or 4: the filters or model that run (recorded in fidelity mode, unused)
 * @param sourceWidth       input picture width
 * @param sourceHeight      input picture height
 * @param width             output width (even)
 * @param height            output height (even)
 * @param temporalSmoothing 0..1, the strength of difference-guided temporal blending (0 in fidelity mode)
 * @param tileSize          largest tile side in input pixels
 */
public record UpscalePlan(Mode mode, int modelScale, int sourceWidth, int sourceHeight, int width, int height,
                          double temporalSmoothing, int tileSize) {

    /** How the picture is enlarged. */
    public enum Mode {
        /**
         * The default, for camera footage: learned filters ({@link FilterBank}, fitted here on real photographs)
         * that undo the blur of downscaling; closer to the truth and sharper than Lanczos, invents no texture.
         */
        CAMERA,
        /** Real-ESRGAN animevideov3, an animation model: flat shading and clean lines; paints camera footage like a cartoon. */
        ANIMATION,
        /** Real-ESRGAN x4plus, the general photo model: x4 only, slow, pulled by the user (AGPL package). */
        ENHANCE_PHOTO,
        /** Lanczos-3 only: never invents detail. */
        FIDELITY;

        /** The mode when none is given: camera footage is what editors mostly cut. */
        public static final Mode DEFAULT = CAMERA;

        /** The parameter value, e.g. {@code "camera"} or {@code "enhance-photo"}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether a neural network runs (animation, enhance-photo). */
        public boolean usesModel() {
            return this == ANIMATION || this == ENHANCE_PHOTO;
        }

        /** The mode named by a parameter value. */
        static Mode parse(String text) {
            String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return valueOf(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown upscale mode '" + text.trim() + "': use camera, animation, enhance-photo or fidelity");
            }
        }
    }

    /** The general photo model (enhance-photo), x4 only. */
    public static final String PHOTO_MODEL = "realesrgan-x4plus";
    /** Receptive radius used as tile margin: animevideov3 exactly (19); x4plus's is far larger, 32 is a compromise. */
    static final int VIDEO_MODEL_RADIUS = 19, PHOTO_MODEL_RADIUS = 32;

    /** Scales the models offer, ascending. */
    public static final int[] MODEL_SCALES = {2, 3, 4};
    /** Defaults, as in the descriptor (used when a value is absent, e.g. in direct unit use). */
    public static final int DEFAULT_SCALE = 2;
    public static final double DEFAULT_SMOOTHING = 0.6;
    public static final int DEFAULT_TILE = 512;

    public UpscalePlan {
        if (modelScale < 2 || modelScale > 4) throw new IllegalArgumentException("model scale " + modelScale);
        if (sourceWidth <= 0 || sourceHeight <= 0 || width <= 0 || height <= 0) throw new IllegalArgumentException("empty picture");
        if ((width & 1) != 0 || (height & 1) != 0) throw new IllegalArgumentException("output must be even: " + width + "x" + height);
        if (temporalSmoothing < 0 || temporalSmoothing > 1) throw new IllegalArgumentException("temporalSmoothing " + temporalSmoothing);
    }

    /**
     * The plan for a {@code sourceWidth x sourceHeight} picture. Any thread.
     *
     * @throws IllegalArgumentException for an unknown mode or scale
     */
    public static UpscalePlan of(ParameterValues p, int sourceWidth, int sourceHeight) {
        Mode mode = p.has("mode") ? Mode.parse(p.text("mode")) : Mode.DEFAULT;
        String target = p.has("targetHeight") ? p.text("targetHeight") : "none";
        double smoothing = p.has("temporalSmoothing") ? p.number("temporalSmoothing") : DEFAULT_SMOOTHING;
        int tile = p.has("tileSize") ? Math.toIntExact(p.integer("tileSize")) : DEFAULT_TILE;
        int width;
        int height;
        int modelScale;
        if (target.equals("none")) {
            int scale = p.has("scale") ? Integer.parseInt(p.text("scale").trim()) : DEFAULT_SCALE;
            if (scale < 2 || scale > 4) throw new IllegalArgumentException("scale must be 2, 3 or 4, got " + scale);
            modelScale = mode == Mode.ENHANCE_PHOTO ? 4 : scale;
            width = even(sourceWidth * (double) scale);
            height = even(sourceHeight * (double) scale);
        } else {
            int targetHeight = Integer.parseInt(target.trim());
            height = even(targetHeight);
            width = even(sourceWidth * (double) targetHeight / sourceHeight);
            modelScale = mode == Mode.ENHANCE_PHOTO ? 4 : modelScaleFor((double) targetHeight / sourceHeight);
        }
        return new UpscalePlan(mode, modelScale, sourceWidth, sourceHeight, width, height,
                mode == Mode.FIDELITY ? 0 : smoothing, tile);
    }

    /**
     * The smallest model scale that reaches {@code needed} (2 when less than 2 is needed, 4 when more than 4 is:
     * Lanczos does the rest). Any thread.
     */
    public static int modelScaleFor(double needed) {
        for (int s : MODEL_SCALES) {
            if (s >= needed - 1e-9) return s;
        }
        return MODEL_SCALES[MODEL_SCALES.length - 1];
    }

    /** The nearest even number of pixels (at least 2). Any thread. */
    static int even(double pixels) {
        return Math.max(2, 2 * (int) Math.round(pixels / 2));
    }

    /** Id of the network that runs, e.g. {@code realesr-animevideov3-x2}; null in camera and fidelity mode. Any thread. */
    public String modelId() {
        if (!mode.usesModel()) return null;
        return mode == Mode.ENHANCE_PHOTO ? PHOTO_MODEL : modelId(modelScale);
    }

    /** Tile margin in input pixels for the plan's model. Any thread. */
    public int receptiveRadius() {
        return mode == Mode.ENHANCE_PHOTO ? PHOTO_MODEL_RADIUS : VIDEO_MODEL_RADIUS;
    }

    /** Id of the animevideov3 model of this scale. Any thread. */
    public static String modelId(int scale) {
        return "realesr-animevideov3-x" + scale;
    }

    /** Whether the model's output ({@code modelScale} times the source) needs a Lanczos pass to reach the size. */
    public boolean needsResize() {
        return mode == Mode.FIDELITY || width != sourceWidth * modelScale || height != sourceHeight * modelScale;
    }

    /** The overall factor, height over source height. */
    public double factor() {
        return (double) height / sourceHeight;
    }

    /** A take label such as "Upscaled x2 (enhance)" or "Upscaled to 1080p (fidelity)". */
    public String label(boolean toTarget) {
        String how = toTarget ? "to " + height + "p" : "x" + (height % sourceHeight == 0 ? Integer.toString(height / sourceHeight)
                : String.format(Locale.ROOT, "%.2f", factor()));
        return "Upscaled " + how + " (" + mode.id() + ")";
    }

    /** Facts for provenance. */
    public Map<String, String> notes() {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("mode", mode.id());
        n.put("outputSize", width + "x" + height);
        n.put("sourceSize", sourceWidth + "x" + sourceHeight);
        if (mode.usesModel()) {
            n.put("modelScale", Integer.toString(modelScale));
            n.put("tileSize", Integer.toString(tileSize));
        }
        if (mode == Mode.CAMERA) n.put("filters", "camera-x" + modelScale + " sha256:" + FilterBank.SHIPPED_SHA256.get(modelScale));
        n.put("resampler", needsResize() ? "lanczos3" : "none");
        n.put("temporalSmoothing", Double.toString(temporalSmoothing));
        return n;
    }
}
