package dev.cutroom.models.tiling;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the tiles go along one axis: equal-size windows stepping by {@code tile - overlap}, the last
 * one moved back so that it ends at the frame's edge (so every tile has the same size and tiles can
 * be batched).
 *
 * @param size   frame length along the axis
 * @param window tile length (the tile size, or the frame length when that is smaller)
 * @param starts window start positions, ascending
 */
record TileGrid(int size, int window, List<Integer> starts) {

    static TileGrid of(int size, int tileSize, int overlap) {
        int window = Math.min(tileSize, size);
        List<Integer> starts = new ArrayList<>();
        if (window == size) {
            starts.add(0);
        } else {
            int step = window - overlap;
            for (int s = 0; s + window < size; s += step) {
                starts.add(s);
            }
            starts.add(size - window);
        }
        return new TileGrid(size, window, List.copyOf(starts));
    }

    /**
     * Blend weights of window {@code index} for each of its output samples: 0 within {@code margin} of
     * an inner edge, rising linearly across the rest of the overlap, 1 inside; edges on the frame
     * border count as far away. Two neighbours' weights sum to 1 across a regular overlap.
     *
     * @param scale output samples per input pixel
     */
    float[] weights(int index, int overlap, int margin, int scale) {
        int start = starts.get(index);
        boolean innerLeft = start > 0;
        boolean innerRight = start + window < size;
        float ramp = Math.max(1e-6f, overlap - 2f * margin);
        float[] w = new float[window * scale];
        for (int u = 0; u < w.length; u++) {
            float t = (u + 0.5f) / scale; // sample centre in input pixels from the window start
            float d = Math.min(innerLeft ? t : Float.MAX_VALUE, innerRight ? window - t : Float.MAX_VALUE);
            w[u] = Math.clamp((d - margin) / ramp, 0f, 1f);
        }
        return w;
    }
}
