package dev.cutroom.models.convert;

import java.util.Map;
import java.util.TreeMap;

/**
 * The mapping table from ncnn layer type to {@link LayerConverter}. Add a layer type by putting a
 * converter in a copy of {@link #defaults()}, or send it upstream here.
 */
public final class LayerConverters {

    private LayerConverters() {
    }

    /** @return a fresh, mutable table of every layer type Cutroom converts */
    public static Map<String, LayerConverter> defaults() {
        Map<String, LayerConverter> m = new TreeMap<>();
        // Input is handled by the converter itself: it becomes a graph input, not a node.
        m.put("Split", ShapeConverters::split);
        m.put("Concat", ShapeConverters::concat);
        m.put("Crop", ShapeConverters::crop);
        m.put("PixelShuffle", ShapeConverters::pixelShuffle);
        m.put("Convolution", ConvolutionConverters::convolution);
        m.put("ConvolutionDepthWise", ConvolutionConverters::convolutionDepthWise);
        m.put("Deconvolution", ConvolutionConverters::deconvolution);
        m.put("PReLU", Activations::prelu);
        m.put("ReLU", Activations::relu);
        m.put("Sigmoid", Activations::sigmoid);
        m.put("Clip", Activations::clip);
        m.put("Interp", InterpConverter::interp);
        m.put("BinaryOp", ArithmeticConverters::binaryOp);
        m.put("Eltwise", ArithmeticConverters::eltwise);
        m.put("rife.Warp", WarpConverter::warp);
        return m;
    }
}
