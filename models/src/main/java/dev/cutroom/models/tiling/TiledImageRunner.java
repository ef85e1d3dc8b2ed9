package dev.cutroom.models.tiling;

import dev.cutroom.models.runtime.FloatTensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an image model over a frame too large for one call: cuts {@code [1, C, H, W]} into
 * overlapping tiles, runs them in batches, and blends the overlaps with linear feathering
 * (normalised weights), so no seams appear. With {@code margin} at least the model's receptive-field
 * radius, the result equals an untiled run up to float rounding.
 *
 * <p>Works for any integer scale (1 for masks, 2..4 for super-resolution) and any output channel
 * count, both read from the model's first answer. Not thread-safe when the model is not.
 */
public final class TiledImageRunner {

    private final TilingOptions options;

    /** @param options tile size, overlap, margin and batch size */
    public TiledImageRunner(TilingOptions options) {
        this.options = options;
    }

    /**
     * @param image {@code [1, C, H, W]}
     * @param model the model, called with up to {@code batchSize} tiles at a time
     * @return {@code [1, C', H*s, W*s]}
     */
    public FloatTensor run(FloatTensor image, TileModel model) {
        if (image.rank() != 4 || image.dim(0) != 1) {
            throw new IllegalArgumentException("expected [1, C, H, W], got " + image);
        }
        TileGrid rows = TileGrid.of(image.dim(2), options.tileSize(), options.overlap());
        TileGrid cols = TileGrid.of(image.dim(3), options.tileSize(), options.overlap());
        List<int[]> tiles = new ArrayList<>();
        for (int r = 0; r < rows.starts().size(); r++) {
            for (int c = 0; c < cols.starts().size(); c++) {
                tiles.add(new int[] {r, c});
            }
        }
        Accumulator acc = null;
        for (int first = 0; first < tiles.size(); first += options.batchSize()) {
            List<int[]> batch = tiles.subList(first, Math.min(tiles.size(), first + options.batchSize()));
            FloatTensor out = model.apply(cut(image, batch, rows, cols));
            if (acc == null) {
                acc = Accumulator.forFirstOutput(out, batch.size(), rows, cols);
            }
            acc.add(out, batch, rows, cols, options);
        }
        return acc.result();
    }

    /** Copies the batch's windows out of the frame into one {@code [B, C, h, w]} tensor. */
    private static FloatTensor cut(FloatTensor image, List<int[]> batch, TileGrid rows, TileGrid cols) {
        int c = image.dim(1);
        int h = image.dim(2);
        int w = image.dim(3);
        int th = rows.window();
        int tw = cols.window();
        float[] out = new float[batch.size() * c * th * tw];
        for (int b = 0; b < batch.size(); b++) {
            int y0 = rows.starts().get(batch.get(b)[0]);
            int x0 = cols.starts().get(batch.get(b)[1]);
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < th; y++) {
                    System.arraycopy(image.data(), (ch * h + y0 + y) * w + x0, out, ((b * c + ch) * th + y) * tw, tw);
                }
            }
        }
        return new FloatTensor(new long[] {batch.size(), c, th, tw}, out);
    }

    /** Weighted sums of tile outputs and of their weights, over the whole output frame. */
    private static final class Accumulator {
        private final int channels;
        private final int scale;
        private final int outH;
        private final int outW;
        private final float[] sum;
        private final float[] weight;

        private Accumulator(int channels, int scale, int outH, int outW) {
            this.channels = channels;
            this.scale = scale;
            this.outH = outH;
            this.outW = outW;
            this.sum = new float[channels * outH * outW];
            this.weight = new float[outH * outW];
        }

        static Accumulator forFirstOutput(FloatTensor out, int batch, TileGrid rows, TileGrid cols) {
            if (out.rank() != 4 || out.dim(0) != batch) {
                throw new IllegalStateException("model returned " + out + " for a batch of " + batch);
            }
            int scale = out.dim(2) / rows.window();
            if (scale < 1 || out.dim(2) != rows.window() * scale || out.dim(3) != cols.window() * scale) {
                throw new IllegalStateException("model output " + out + " is not an integer upscale of "
                        + rows.window() + "x" + cols.window());
            }
            return new Accumulator(out.dim(1), scale, rows.size() * scale, cols.size() * scale);
        }

        void add(FloatTensor out, List<int[]> batch, TileGrid rows, TileGrid cols, TilingOptions o) {
            int th = rows.window() * scale;
            int tw = cols.window() * scale;
            if (out.dim(0) != batch.size() || out.dim(1) != channels || out.dim(2) != th || out.dim(3) != tw) {
                throw new IllegalStateException("model output changed shape: " + out);
            }
            for (int b = 0; b < batch.size(); b++) {
                int r = batch.get(b)[0];
                int c = batch.get(b)[1];
                float[] wy = rows.weights(r, o.overlap(), o.margin(), scale);
                float[] wx = cols.weights(c, o.overlap(), o.margin(), scale);
                int oy0 = rows.starts().get(r) * scale;
                int ox0 = cols.starts().get(c) * scale;
                for (int y = 0; y < th; y++) {
                    for (int x = 0; x < tw; x++) {
                        float w = wy[y] * wx[x];
                        if (w == 0f) {
                            continue;
                        }
                        int pixel = (oy0 + y) * outW + ox0 + x;
                        weight[pixel] += w;
                        for (int ch = 0; ch < channels; ch++) {
                            sum[ch * outH * outW + pixel] += w * out.data()[((b * channels + ch) * th + y) * tw + x];
                        }
                    }
                }
            }
        }

        FloatTensor result() {
            int plane = outH * outW;
            float[] data = new float[sum.length];
            for (int p = 0; p < plane; p++) {
                if (weight[p] <= 0f) {
                    throw new IllegalStateException("output pixel " + p + " got no tile weight");
                }
                for (int ch = 0; ch < channels; ch++) {
                    data[ch * plane + p] = sum[ch * plane + p] / weight[p];
                }
            }
            return new FloatTensor(new long[] {1, channels, outH, outW}, data);
        }
    }
}
