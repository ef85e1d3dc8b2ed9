package dev.cutroom.models.tiling;

import dev.cutroom.models.runtime.FloatTensor;

/**
 * A model as the tiler sees it: {@code [B, C, h, w]} in, {@code [B, C', h*s, w*s]} out, with the
 * same integer scale {@code s} for every call. A {@code TensorPredictor::predictOne} fits.
 */
@FunctionalInterface
public interface TileModel {

    /** @return the model's output for a batch of tiles */
    FloatTensor apply(FloatTensor tiles);
}
