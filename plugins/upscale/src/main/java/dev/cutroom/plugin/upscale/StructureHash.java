package dev.cutroom.plugin.upscale;

/**
 * Sorts each pixel of a low-resolution picture into a bucket by the local structure of its luma (the RAISR idea):
 * the orientation of the dominant gradient, its strength and its coherence (edge-like or not), from the gradient
 * structure tensor averaged over a 5x5 window. Training ({@code FilterBankTrainer}) and upscaling
 * ({@link FilterBankUpscaler}) both call this, so their buckets agree by construction. Stateless; any thread.
 */
public final class StructureHash {
    /** Orientation bins over 180 degrees. */
    public static final int ANGLES = 16;
    /** Strength bins; thresholds in luma levels per pixel. */
    static final float[] STRENGTH = {8f, 24f};
    /** Coherence bins: (sqrt l1 - sqrt l2) / (sqrt l1 + sqrt l2). */
    static final float[] COHERENCE = {0.25f, 0.5f};
    /** Buckets in all. */
    public static final int BUCKETS = ANGLES * (STRENGTH.length + 1) * (COHERENCE.length + 1);
    private static final int WINDOW = 2;

    private StructureHash() {}

    /**
     * The bucket of every pixel of planes R, G, B in 0..1 ({@code [3, h, w]}), row-major.
     */
    public static int[] buckets(float[] planes, int w, int h) {
        int n = w * h;
        float[] y = new float[n];
        for (int i = 0; i < n; i++) y[i] = 255f * (0.299f * planes[i] + 0.587f * planes[n + i] + 0.114f * planes[2 * n + i]);
        float[] xx = new float[n], yy = new float[n], xy = new float[n];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float gx = (y[r * w + Math.min(c + 1, w - 1)] - y[r * w + Math.max(c - 1, 0)]) * 0.5f;
                float gy = (y[Math.min(r + 1, h - 1) * w + c] - y[Math.max(r - 1, 0) * w + c]) * 0.5f;
                int i = r * w + c;
                xx[i] = gx * gx;
                yy[i] = gy * gy;
                xy[i] = gx * gy;
            }
        }
        xx = box(xx, w, h);
        yy = box(yy, w, h);
        xy = box(xy, w, h);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = bucket(xx[i], yy[i], xy[i]);
        return out;
    }

    /** The bucket of one averaged structure tensor {@code [[xx, xy], [xy, yy]]}. */
    static int bucket(float xx, float yy, float xy) {
        double tr = xx + yy;
        double det = (double) xx * yy - (double) xy * xy;
        double d = Math.sqrt(Math.max(tr * tr / 4 - det, 0));
        double l1 = tr / 2 + d;
        double l2 = Math.max(tr / 2 - d, 0);
        double angle = 0.5 * Math.atan2(2.0 * xy, xx - yy);
        int a = Math.floorMod((int) Math.floor((angle + Math.PI / 2) / Math.PI * ANGLES), ANGLES);
        double s1 = Math.sqrt(l1), s2 = Math.sqrt(l2);
        int s = bin(s1, STRENGTH);
        int c = bin((s1 - s2) / (s1 + s2 + 1e-9), COHERENCE);
        return (a * (STRENGTH.length + 1) + s) * (COHERENCE.length + 1) + c;
    }

    private static int bin(double v, float[] thresholds) {
        int b = 0;
        while (b < thresholds.length && v >= thresholds[b]) b++;
        return b;
    }

    /** Mean over a (2 WINDOW + 1)² window, edges repeated; separable. */
    private static float[] box(float[] v, int w, int h) {
        float[] across = new float[v.length];
        float norm = 1f / (2 * WINDOW + 1);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float s = 0;
                for (int k = -WINDOW; k <= WINDOW; k++) s += v[r * w + Math.clamp(c + k, 0, w - 1)];
                across[r * w + c] = s * norm;
            }
        }
        float[] out = new float[v.length];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float s = 0;
                for (int k = -WINDOW; k <= WINDOW; k++) s += across[Math.clamp(r + k, 0, h - 1) * w + c];
                out[r * w + c] = s * norm;
            }
        }
        return out;
    }
}
