package dev.cutroom.plugin.upscale;

/**
 * Steadies upscaled video where the source does not move. A GAN upscaler answers small input changes (sensor
 * noise, compression) with different invented texture each frame, so static areas shimmer. This filter blends
 * each output pixel towards the previous (filtered) output by a weight that depends on how much the <em>input</em>
 * changed there:
 *
 * <pre>
 *   d     = 3x3 box mean of |in_t - in_t-1| (mean over R, G, B; 0..255 levels), per input pixel
 *   noise = 25th percentile of d over the frame (the frame-to-frame change that is only noise), at most 12 levels
 *   w(d)  = 1 below lo = 1.5 noise + 0.5, falling linearly to 0 at hi = 3 noise + 2
 *   out_t = a * out_t-1 + (1 - a) * up_t,   a = 0.9 * strength * w(d at the source pixel)
 * </pre>
 *
 * Where the input moved by more than its noise (edges of moving things, a cut) the weight is 0 and the new output
 * passes through untouched, so motion is not smeared; where it only flickered by noise, the output converges to a
 * running mean. The percentile makes the threshold follow the noise of the footage: a static noisy shot has most
 * of its pixels near the noise level, a pan mostly flat areas near zero. Use one instance per clip, frames in order.
 * Not thread-safe.
 */
public final class TemporalFilter {
    /** Largest weight of the previous output, at strength 1. */
    public static final float MAX_BLEND = 0.9f;
    private static final float NOISE_CAP = 12f;
    private static final float BINS_PER_LEVEL = 4f;

    private final float strength;
    private byte[] previousInput;
    private float[] previousOutput;
    private int[] sourceIndex;
    private int inW;
    private int inH;
    private int outW;
    private int outH;
    private float lastNoise;
    private double lastBlend;

    /** @param strength 0 (off) to 1 */
    public TemporalFilter(double strength) {
        if (strength < 0 || strength > 1) throw new IllegalArgumentException("strength " + strength);
        this.strength = (float) strength;
    }

    /**
     * Filters one output frame in place and remembers it.
     *
     * @param input  the source frame, packed RGB {@code inW x inH}
     * @param output the upscaled frame, planes {@code [3, outH, outW]} in 0..1; replaced by the filtered frame
     */
    public void apply(byte[] input, int inW, int inH, float[] output, int outW, int outH) {
        if (strength == 0f) return;
        int outPlane = outW * outH;
        if (previousInput == null || inW != this.inW || inH != this.inH || outW != this.outW || outH != this.outH) {
            start(input, inW, inH, output, outW, outH);
            return;
        }
        float[] d = boxedDifference(input, previousInput, inW, inH);
        float noise = Math.min(NOISE_CAP, percentile(d, 0.25));
        float lo = 1.5f * noise + 0.5f;
        float hi = 3f * noise + 2f;
        float[] alphaIn = new float[d.length];
        float amax = MAX_BLEND * strength;
        double alphaSum = 0;
        for (int i = 0; i < d.length; i++) {
            float w = d[i] <= lo ? 1f : (d[i] >= hi ? 0f : (hi - d[i]) / (hi - lo));
            alphaIn[i] = amax * w;
            alphaSum += alphaIn[i];
        }
        float[] prev = previousOutput;
        for (int p = 0; p < outPlane; p++) {
            float a = alphaIn[sourceIndex[p]];
            if (a == 0f) continue;
            for (int ch = 0; ch < 3; ch++) {
                int k = ch * outPlane + p;
                output[k] += a * (prev[k] - output[k]);
            }
        }
        System.arraycopy(output, 0, previousOutput, 0, 3 * outPlane);
        System.arraycopy(input, 0, previousInput, 0, 3 * inW * inH);
        lastNoise = noise;
        lastBlend = alphaSum / d.length;
    }

    /** The noise level (0..255 levels of frame-to-frame change) found on the last frame. */
    public float lastNoise() {
        return lastNoise;
    }

    /** Mean blend weight of the previous output on the last frame (0 = nothing blended). */
    public double lastBlend() {
        return lastBlend;
    }

    private void start(byte[] input, int inW, int inH, float[] output, int outW, int outH) {
        this.inW = inW;
        this.inH = inH;
        this.outW = outW;
        this.outH = outH;
        previousInput = java.util.Arrays.copyOf(input, 3 * inW * inH);
        previousOutput = java.util.Arrays.copyOf(output, 3 * outW * outH);
        sourceIndex = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            int sy = Math.min(inH - 1, (int) ((y + 0.5) * inH / outH));
            for (int x = 0; x < outW; x++) {
                int sx = Math.min(inW - 1, (int) ((x + 0.5) * inW / outW));
                sourceIndex[y * outW + x] = sy * inW + sx;
            }
        }
        lastBlend = 0;
    }

    /** Mean absolute difference over the channels, then a 3x3 box mean (edges clamped). */
    static float[] boxedDifference(byte[] a, byte[] b, int w, int h) {
        float[] d = new float[w * h];
        for (int p = 0, i = 0; p < d.length; p++, i += 3) {
            d[p] = (Math.abs((a[i] & 0xff) - (b[i] & 0xff)) + Math.abs((a[i + 1] & 0xff) - (b[i + 1] & 0xff))
                    + Math.abs((a[i + 2] & 0xff) - (b[i + 2] & 0xff))) / 3f;
        }
        float[] across = new float[d.length];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                across[row + x] = (d[row + Math.max(0, x - 1)] + d[row + x] + d[row + Math.min(w - 1, x + 1)]) / 3f;
            }
        }
        float[] out = new float[d.length];
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * w;
            int row = y * w;
            int down = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) out[row + x] = (across[up + x] + across[row + x] + across[down + x]) / 3f;
        }
        return out;
    }

    /** The q-quantile of values in 0..255, to a quarter level. */
    static float percentile(float[] v, double q) {
        int bins = (int) (256 * BINS_PER_LEVEL);
        int[] hist = new int[bins];
        for (float x : v) hist[Math.min(bins - 1, (int) (x * BINS_PER_LEVEL))]++;
        long target = (long) Math.ceil(q * v.length);
        long seen = 0;
        for (int i = 0; i < bins; i++) {
            seen += hist[i];
            if (seen >= target) return (i + 0.5f) / BINS_PER_LEVEL;
        }
        return 255f;
    }
}
