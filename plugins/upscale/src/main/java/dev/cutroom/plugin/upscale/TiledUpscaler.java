package dev.cutroom.plugin.upscale;

import dev.cutroom.plugin.api.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a super-resolution model ({@code [B,3,h,w] -> [B,3,sh,sw]}) over a frame of any size in overlapping tiles,
 * batched, with feathered blending, so memory stays bounded and no seams show. Works through the plugin API's
 * {@link Tensor} and any callable model (an {@link dev.cutroom.plugin.api.InferenceSession} in the plugin).
 *
 * <p>The grid is balanced: the fewest tiles of at most {@code tileSize} that keep at least {@code overlap} between
 * neighbours, all the same size (so they batch) and evenly spread, instead of full tiles plus a thin last one; on
 * 640x360 with 512 tiles that is two 360x343 tiles, 7% more pixels than the frame. Each tile ignores {@code margin}
 * input pixels at its inner edges (the model saw zero padding there: the receptive-field radius gives results equal
 * to an untiled run) and fades linearly over the rest of the overlap. Not thread-safe when the model is not.
 */
public final class TiledUpscaler {
    /** Width of the feathered band between the ignored margins of two neighbours. */
    public static final int FEATHER = 8;

    /** A model over a batch of tiles. */
    @FunctionalInterface
    public interface TileModel {
        /** @return {@code [B, C, h*s, w*s]} for {@code [B, C, h, w]} */
        Tensor run(Tensor tiles);
    }

    private final int tileSize;
    private final int margin;
    private final int overlap;
    private final int maxBatch;

    /**
     * @param tileSize largest tile side in input pixels
     * @param margin   receptive-field radius of the model, in input pixels
     * @param maxBatch most tiles per model call
     */
    public TiledUpscaler(int tileSize, int margin, int maxBatch) {
        if (margin < 0 || maxBatch < 1) throw new IllegalArgumentException("bad margin or batch");
        this.margin = margin;
        this.overlap = 2 * margin + FEATHER;
        if (tileSize <= overlap) throw new IllegalArgumentException("tile " + tileSize + " must exceed the overlap " + overlap);
        this.tileSize = tileSize;
        this.maxBatch = maxBatch;
    }

    /** Where the windows go along one axis: same {@code window} size, starts ascending, first 0, last at the edge. */
    public record Axis(int size, int window, int[] starts) {
        /** The balanced layout for {@code size} pixels. */
        public static Axis of(int size, int tileSize, int overlap) {
            if (size <= tileSize) return new Axis(size, size, new int[] {0});
            int n = (int) Math.ceil((size - overlap) / (double) (tileSize - overlap));
            int window = Math.min(tileSize, (int) Math.ceil((size + (n - 1) * (double) overlap) / n) + 1);
            int[] starts = new int[n];
            for (int i = 0; i < n; i++) starts[i] = (int) Math.round(i * (size - window) / (double) (n - 1));
            return new Axis(size, window, starts);
        }

        /** Smallest overlap between neighbours (the window when there is one tile). */
        int minOverlap() {
            int o = window;
            for (int i = 1; i < starts.length; i++) o = Math.min(o, starts[i - 1] + window - starts[i]);
            return o;
        }

        /** Blend weight of window {@code i} for each of its {@code window * scale} output samples. */
        float[] weights(int i, int margin, int scale) {
            boolean innerLeft = starts[i] > 0;
            boolean innerRight = starts[i] + window < size;
            float ramp = Math.max(1f, minOverlap() - 2f * margin);
            float[] w = new float[window * scale];
            for (int u = 0; u < w.length; u++) {
                float t = (u + 0.5f) / scale;
                float d = Math.min(innerLeft ? t : Float.MAX_VALUE, innerRight ? window - t : Float.MAX_VALUE);
                w[u] = Math.clamp((d - margin) / ramp, 0f, 1f);
            }
            return w;
        }
    }

    /** The tile layout for a {@code w x h} frame: columns, rows. */
    public Axis[] layout(int w, int h) {
        return new Axis[] {Axis.of(w, tileSize, overlap), Axis.of(h, tileSize, overlap)};
    }

    /** Tiles a {@code w x h} frame is cut into. */
    public int tileCount(int w, int h) {
        Axis[] a = layout(w, h);
        return a[0].starts().length * a[1].starts().length;
    }

    /** Tiles per model call for a frame of this size. */
    public int batchFor(int w, int h) {
        return Math.min(maxBatch, tileCount(w, h));
    }

    /**
     * Upscales one frame.
     *
     * @param planes       {@code [3, h, w]} values in 0..1
     * @param scale        the model's scale
     * @param model        the model
     * @param betweenTiles called before each model call (throw there to cancel)
     * @return {@code [3, h*scale, w*scale]}, clamped to 0..1
     */
    public float[] upscale(float[] planes, int w, int h, int scale, TileModel model, Runnable betweenTiles) {
        Axis[] a = layout(w, h);
        Axis cols = a[0];
        Axis rows = a[1];
        int outW = w * scale;
        int outH = h * scale;
        int plane = outW * outH;
        List<int[]> tiles = new ArrayList<>();
        for (int r = 0; r < rows.starts().length; r++) for (int c = 0; c < cols.starts().length; c++) tiles.add(new int[] {r, c});
        int th = rows.window();
        int tw = cols.window();
        if (tiles.size() == 1) {
            betweenTiles.run();
            Tensor out = model.run(new Tensor(new long[] {1, 3, h, w}, planes.length == 3 * w * h ? planes : java.util.Arrays.copyOf(planes, 3 * w * h)));
            check(out, 1, th * scale, tw * scale);
            float[] data = out.data();
            Planes.clamp01(data, data.length);
            return data;
        }
        float[] sum = new float[3 * plane];
        float[] weight = new float[plane];
        float[][] wy = new float[rows.starts().length][];
        float[][] wx = new float[cols.starts().length][];
        for (int r = 0; r < wy.length; r++) wy[r] = rows.weights(r, margin, scale);
        for (int c = 0; c < wx.length; c++) wx[c] = cols.weights(c, margin, scale);
        for (int first = 0; first < tiles.size(); first += maxBatch) {
            List<int[]> batch = tiles.subList(first, Math.min(tiles.size(), first + maxBatch));
            betweenTiles.run();
            float[] in = new float[batch.size() * 3 * th * tw];
            for (int b = 0; b < batch.size(); b++) {
                int y0 = rows.starts()[batch.get(b)[0]];
                int x0 = cols.starts()[batch.get(b)[1]];
                for (int ch = 0; ch < 3; ch++) {
                    for (int y = 0; y < th; y++) {
                        System.arraycopy(planes, (ch * h + y0 + y) * w + x0, in, ((b * 3 + ch) * th + y) * tw, tw);
                    }
                }
            }
            Tensor out = model.run(new Tensor(new long[] {batch.size(), 3, th, tw}, in));
            int oth = th * scale;
            int otw = tw * scale;
            check(out, batch.size(), oth, otw);
            float[] od = out.data();
            for (int b = 0; b < batch.size(); b++) {
                int r = batch.get(b)[0];
                int c = batch.get(b)[1];
                int oy0 = rows.starts()[r] * scale;
                int ox0 = cols.starts()[c] * scale;
                float[] fy = wy[r];
                float[] fx = wx[c];
                for (int y = 0; y < oth; y++) {
                    float wyv = fy[y];
                    if (wyv == 0f) continue;
                    int rowOut = (oy0 + y) * outW + ox0;
                    int base = (b * 3 * oth + y) * otw;
                    for (int x = 0; x < otw; x++) {
                        float wt = wyv * fx[x];
                        if (wt == 0f) continue;
                        int p = rowOut + x;
                        weight[p] += wt;
                        sum[p] += wt * od[base + x];
                        sum[plane + p] += wt * od[base + oth * otw + x];
                        sum[2 * plane + p] += wt * od[base + 2 * oth * otw + x];
                    }
                }
            }
        }
        for (int p = 0; p < plane; p++) {
            float inv = 1f / weight[p];
            for (int ch = 0; ch < 3; ch++) {
                float v = sum[ch * plane + p] * inv;
                sum[ch * plane + p] = v < 0f ? 0f : (v > 1f ? 1f : v);
            }
        }
        return sum;
    }

    private static void check(Tensor out, int batch, int oh, int ow) {
        long[] s = out.shape();
        if (s.length != 4 || s[0] != batch || s[1] != 3 || s[2] != oh || s[3] != ow) {
            throw new IllegalStateException("model returned " + out + ", expected [" + batch + ", 3, " + oh + ", " + ow + "]");
        }
    }
}
