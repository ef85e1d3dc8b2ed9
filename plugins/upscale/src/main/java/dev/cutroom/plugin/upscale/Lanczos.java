package dev.cutroom.plugin.upscale;

/**
 * Separable Lanczos-3 resampling of planar float images, the fidelity mode's scaler and the final step of the
 * enhance mode when the model's scale overshoots. Pixel centres are aligned ({@code x_src = (x_dst + 0.5) / s - 0.5},
 * as FFmpeg's swscale and most image tools do); when shrinking, the kernel is widened by {@code 1 / s} so it
 * averages instead of aliasing; taps outside the picture repeat the edge pixel. Weights are normalised to 1.
 * Stateless; any thread.
 */
public final class Lanczos {
    /** Lobes of the kernel. */
    public static final int A = 3;

    private Lanczos() {}

    /** The Lanczos-3 kernel {@code sinc(x) sinc(x/3)} for |x| < 3, else 0. */
    public static double kernel(double x) {
        if (x == 0) return 1;
        if (x <= -A || x >= A) return 0;
        double px = Math.PI * x;
        return A * Math.sin(px) * Math.sin(px / A) / (px * px);
    }

    /** Source indices and weights for each destination sample along one axis. */
    record Taps(int taps, int[] index, float[] weight) {
        static Taps of(int src, int dst) {
            double scale = (double) dst / src;
            double stretch = Math.max(1, 1 / scale);
            double support = A * stretch;
            int taps = (int) Math.ceil(2 * support) + 1;
            int[] index = new int[dst * taps];
            float[] weight = new float[dst * taps];
            for (int i = 0; i < dst; i++) {
                double centre = (i + 0.5) / scale - 0.5;
                int first = (int) Math.floor(centre - support) + 1;
                double sum = 0;
                double[] w = new double[taps];
                for (int t = 0; t < taps; t++) {
                    w[t] = kernel((first + t - centre) / stretch);
                    sum += w[t];
                }
                for (int t = 0; t < taps; t++) {
                    index[i * taps + t] = Math.clamp(first + t, 0, src - 1);
                    weight[i * taps + t] = (float) (w[t] / sum);
                }
            }
            return new Taps(taps, index, weight);
        }
    }

    /**
     * Resizes {@code channels} planes of {@code w x h} (CHW order) to {@code outW x outH}. Any thread.
     *
     * @return a new array of {@code channels * outW * outH} values (not clamped: Lanczos rings slightly)
     */
    public static float[] resize(float[] planes, int channels, int w, int h, int outW, int outH) {
        if (planes.length < channels * w * h) throw new IllegalArgumentException("image smaller than " + channels + "x" + w + "x" + h);
        if (w == outW && h == outH) return java.util.Arrays.copyOf(planes, channels * w * h);
        Taps tx = Taps.of(w, outW);
        Taps ty = Taps.of(h, outH);
        float[] across = new float[channels * h * outW];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < h; y++) {
                int row = (c * h + y) * w;
                int outRow = (c * h + y) * outW;
                for (int x = 0; x < outW; x++) {
                    float s = 0;
                    int k = x * tx.taps;
                    for (int t = 0; t < tx.taps; t++) s += tx.weight[k + t] * planes[row + tx.index[k + t]];
                    across[outRow + x] = s;
                }
            }
        }
        float[] out = new float[channels * outH * outW];
        float[] acc = new float[outW];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < outH; y++) {
                java.util.Arrays.fill(acc, 0f);
                int k = y * ty.taps;
                for (int t = 0; t < ty.taps; t++) {
                    float wt = ty.weight[k + t];
                    int row = (c * h + ty.index[k + t]) * outW;
                    for (int x = 0; x < outW; x++) acc[x] += wt * across[row + x];
                }
                System.arraycopy(acc, 0, out, (c * outH + y) * outW, outW);
            }
        }
        return out;
    }

    /** Resizes packed RGB24 (rounded and clamped to 0..255). Any thread. */
    public static byte[] resizeRgb(byte[] rgb, int w, int h, int outW, int outH) {
        float[] planes = Planes.fromRgb(rgb, w, h);
        return Planes.toRgb(resize(planes, 3, w, h, outW, outH), outW, outH, null);
    }
}
