package dev.cutroom.plugin.upscale;

/**
 * Steadies upscaled video where the source does not move. A GAN upscaler answers small input changes (sensor
 * noise, compression) with different invented texture each frame, so static areas shimmer. This filter blends
 * each output pixel towards the previous (filtered) output by a weight that depends on whether the <em>input</em>
 * change there is explained by noise alone:
 *
 * <pre>
 *   m      = mean over R, G, B of (in_t - in_t-1), signed, per input pixel (0..255 levels)
 *   sigma  = noise of m, from the median of |m * [1 -2 1; -2 4 -2; 1 -2 1]| / (6 * 0.6745)  (Immerkaer's
 *            operator: it cancels smooth change such as a pan over a gradient, and the median ignores edges)
 *   z      = max( |box3(m)| / (sigma/3 + 0.5),  box3(|m|) / (0.8 sigma + 0.5) )   how far from "only noise"
 *   w      = 1 for z <= 2, falling linearly to 0 at z = 4
 *   out_t  = up_t + clamp(a * (out_t-1 - up_t), -tau, tau),   a = 0.9 * strength * w,
 *            tau = max(3, 2.5 sigma) levels
 * </pre>
 *
 * Pure noise keeps the signed local mean near 0 and the absolute mean near 0.8 sigma, so static areas get the
 * full weight and converge to a running mean; a moving edge, a pan over a gradient or a cut gives a consistent
 * (signed) or large (absolute) change and weight 0, so motion passes through untouched. The clamp bounds what
 * the blend can ever move a pixel away from the current frame's output, so a misjudged area lags by at most
 * {@code tau}. Use one instance per clip, frames in order. Not thread-safe.
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
        int n = inW * inH;
        float[] m = signedMeanDifference(input, previousInput, n);
        float sigma = Math.min(NOISE_CAP, noiseOf(m, inW, inH));
        float[] boxSigned = box3(m, inW, inH);
        float[] abs = new float[n];
        for (int i = 0; i < n; i++) abs[i] = Math.abs(m[i]);
        float[] boxAbs = box3(abs, inW, inH);
        float[] alphaIn = new float[n];
        float amax = MAX_BLEND * strength;
        float signedScale = sigma / 3f + 0.5f;
        float absScale = 0.8f * sigma + 0.5f;
        double alphaSum = 0;
        for (int i = 0; i < n; i++) {
            float z = Math.max(Math.abs(boxSigned[i]) / signedScale, boxAbs[i] / absScale);
            float w = z <= 2f ? 1f : (z >= 4f ? 0f : (4f - z) / 2f);
            alphaIn[i] = amax * w;
            alphaSum += alphaIn[i];
        }
        float tau = Math.max(3f, 2.5f * sigma) / 255f;
        float[] prev = previousOutput;
        for (int p = 0; p < outPlane; p++) {
            float a = alphaIn[sourceIndex[p]];
            if (a == 0f) continue;
            for (int ch = 0; ch < 3; ch++) {
                int k = ch * outPlane + p;
                output[k] += Math.clamp(a * (prev[k] - output[k]), -tau, tau);
            }
        }
        System.arraycopy(output, 0, previousOutput, 0, 3 * outPlane);
        System.arraycopy(input, 0, previousInput, 0, 3 * inW * inH);
        lastNoise = sigma;
        lastBlend = alphaSum / n;
    }

    /** The noise (standard deviation, levels) of the frame-to-frame change found on the last frame. */
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

    /** Mean over the channels of the signed difference, per pixel. */
    static float[] signedMeanDifference(byte[] a, byte[] b, int pixels) {
        float[] m = new float[pixels];
        for (int p = 0, i = 0; p < pixels; p++, i += 3) {
            m[p] = ((a[i] & 0xff) - (b[i] & 0xff) + (a[i + 1] & 0xff) - (b[i + 1] & 0xff) + (a[i + 2] & 0xff) - (b[i + 2] & 0xff)) / 3f;
        }
        return m;
    }

    /** Noise standard deviation of {@code v} (robust Immerkaer estimate: median absolute Laplacian-like response). */
    static float noiseOf(float[] v, int w, int h) {
        if (w < 3 || h < 3) return 0;
        float[] r = new float[(w - 2) * (h - 2)];
        int k = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float c = v[i - w - 1] - 2 * v[i - w] + v[i - w + 1] - 2 * v[i - 1] + 4 * v[i] - 2 * v[i + 1]
                        + v[i + w - 1] - 2 * v[i + w] + v[i + w + 1];
                r[k++] = Math.abs(c) / 6f;
            }
        }
        return percentile(r, 0.5) / 0.6745f;
    }

    /** 3x3 box mean, edges clamped. */
    static float[] box3(float[] d, int w, int h) {
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

    /** The q-quantile of non-negative values, to a quarter level (values above 255 count as 255). */
    static float percentile(float[] v, double q) {
        int bins = (int) (256 * BINS_PER_LEVEL);
        int[] hist = new int[bins];
        for (float x : v) hist[Math.min(bins - 1, (int) (x * BINS_PER_LEVEL))]++;
        long target = Math.max(1, (long) Math.ceil(q * v.length));
        long seen = 0;
        for (int i = 0; i < bins; i++) {
            seen += hist[i];
            if (seen >= target) return (i + 0.5f) / BINS_PER_LEVEL;
        }
        return 255f;
    }
}
