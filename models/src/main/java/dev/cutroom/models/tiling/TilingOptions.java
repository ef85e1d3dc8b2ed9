package dev.cutroom.models.tiling;

/**
 * How to cut a frame into tiles.
 *
 * @param tileSize  tile edge in input pixels (tiles are square unless the frame is smaller)
 * @param overlap   input pixels that neighbouring tiles share
 * @param margin    input pixels at each inner tile edge that are ignored (weight 0) because the
 *                  model saw zero padding there; use the model's receptive-field radius for results
 *                  identical to an untiled run. Must be less than half the overlap
 * @param batchSize tiles per model call; 1 for models with a fixed batch of 1
 */
public record TilingOptions(int tileSize, int overlap, int margin, int batchSize) {

    public TilingOptions {
        if (tileSize <= 0 || batchSize <= 0 || overlap < 0 || margin < 0) {
            throw new IllegalArgumentException("sizes must be positive: " + this);
        }
        if (overlap >= tileSize) {
            throw new IllegalArgumentException("overlap " + overlap + " must be smaller than the tile " + tileSize);
        }
        if (2 * margin >= overlap && overlap > 0) {
            throw new IllegalArgumentException("margin " + margin + " must be less than half the overlap " + overlap);
        }
    }

    /**
     * Options whose result equals an untiled run for a model that sees {@code radius} pixels around
     * each output pixel: margin = radius, plus an 8-pixel feathered band.
     *
     * @throws IllegalArgumentException when the tile is under twice the overlap, where each tile
     *     would add little new area and the run would cost many times an untiled one
     */
    public static TilingOptions forReceptiveField(int radius, int tileSize, int batchSize) {
        int overlap = 2 * radius + 8;
        if (tileSize < 2 * overlap) {
            throw new IllegalArgumentException("tile " + tileSize + " too small for receptive radius " + radius
                    + ": use at least " + 2 * overlap);
        }
        return new TilingOptions(tileSize, overlap, radius, batchSize);
    }
}
