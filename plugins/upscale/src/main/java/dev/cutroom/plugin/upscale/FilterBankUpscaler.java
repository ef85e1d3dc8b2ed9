package dev.cutroom.plugin.upscale;

import java.util.stream.IntStream;

/**
 * Upscales planar RGB by a {@link FilterBank}: each input pixel's {@link StructureHash} bucket picks, for each of
 * the scale² output pixels it covers, one learned filter over its neighbourhood (edges repeated); the three
 * channels share the bucket (from luma) and the filters. Linear within a bucket, so it invents no texture; the
 * filters undo the blur of area downscaling that Lanczos leaves. Rows run in parallel. Stateless; any thread.
 */
public final class FilterBankUpscaler {
    private FilterBankUpscaler() {}

    /**
     * @param planes R, G, B in 0..1, {@code [3, h, w]}
     * @return {@code [3, h * scale, w * scale]}, not clamped
     */
    public static float[] upscale(float[] planes, int w, int h, FilterBank bank) {
        int s = bank.scale();
        int r = bank.radius();
        int side = 2 * r + 1;
        int taps = bank.taps();
        int outW = w * s;
        int plane = w * h;
        int outPlane = outW * h * s;
        int[] buckets = StructureHash.buckets(planes, w, h);
        float[] weights = bank.weights();
        float[] out = new float[3 * outPlane];
        int[] columns = new int[w + 2 * r];
        for (int i = 0; i < columns.length; i++) columns[i] = Math.clamp(i - r, 0, w - 1);
        IntStream.range(0, h).parallel().forEach(y -> {
            float[] patch = new float[taps];
            int[] rows = new int[side];
            for (int k = 0; k < side; k++) rows[k] = Math.clamp(y - r + k, 0, h - 1) * w;
            for (int x = 0; x < w; x++) {
                int bucket = buckets[y * w + x];
                for (int c = 0; c < 3; c++) {
                    int base = c * plane;
                    for (int ky = 0, t = 0; ky < side; ky++) {
                        int row = base + rows[ky];
                        for (int kx = 0; kx < side; kx++, t++) patch[t] = planes[row + columns[x + kx]];
                    }
                    for (int py = 0; py < s; py++) {
                        int outRow = c * outPlane + (y * s + py) * outW + x * s;
                        for (int px = 0; px < s; px++) {
                            int o = bank.offset(bucket, py * s + px);
                            float acc = 0;
                            for (int t = 0; t < taps; t++) acc += weights[o + t] * patch[t];
                            out[outRow + px] = acc;
                        }
                    }
                }
            }
        });
        return out;
    }
}
