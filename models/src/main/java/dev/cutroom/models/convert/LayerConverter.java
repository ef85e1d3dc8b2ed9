package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;

/**
 * Turns one ncnn layer into ONNX nodes. Implementations read the layer's inputs from the context and
 * bind each of its outputs there.
 *
 * <p>Layout rule for every implementation: ncnn blobs are CHW without a batch axis; ONNX values are
 * NCHW. An ncnn axis {@code a >= 0} is ONNX axis {@code a + 1}; negative axes count from the end in
 * both and stay as they are.
 */
@FunctionalInterface
public interface LayerConverter {

    /**
     * @param layer the ncnn layer, with weights
     * @param ctx   the conversion in progress
     * @throws UnsupportedLayerException when a parameter combination has no mapping yet
     */
    void convert(NcnnLayer layer, ConversionContext ctx);
}
