package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.onnx.OnnxAttribute;
import java.util.List;

/**
 * Activation layers (PReLU, ReLU, Sigmoid, Clip) and the activations ncnn fuses into convolutions
 * (key 9: 0 none, 1 ReLU, 2 LeakyReLU, 3 Clip, 4 Sigmoid; params in key 10).
 */
final class Activations {

    private Activations() {
    }

    /** PReLU: key 0 num_slope; the slopes broadcast per channel, so shape {@code [C,1,1]}. */
    static void prelu(NcnnLayer layer, ConversionContext ctx) {
        float[] slope = layer.weight("slope");
        long[] dims = slope.length == 1 ? new long[] {1} : new long[] {slope.length, 1, 1};
        String s = ctx.graph().addFloats(layer.name() + "_slope", dims, slope);
        ctx.emit(layer, "PRelu", List.of(ctx.input(layer, 0), s));
    }

    /** ReLU: key 0 slope; a non-zero slope is a leaky ReLU. */
    static void relu(NcnnLayer layer, ConversionContext ctx) {
        float slope = layer.params().getFloat(0, 0f);
        if (slope == 0f) {
            ctx.emit(layer, "Relu", List.of(ctx.input(layer, 0)));
        } else {
            ctx.emit(layer, "LeakyRelu", List.of(ctx.input(layer, 0)), OnnxAttribute.of("alpha", slope));
        }
    }

    static void sigmoid(NcnnLayer layer, ConversionContext ctx) {
        ctx.emit(layer, "Sigmoid", List.of(ctx.input(layer, 0)));
    }

    /** Clip: key 0 min, 1 max. */
    static void clip(NcnnLayer layer, ConversionContext ctx) {
        float min = layer.params().getFloat(0, -Float.MAX_VALUE);
        float max = layer.params().getFloat(1, Float.MAX_VALUE);
        emitClip(layer, ctx, ctx.input(layer, 0), min, max);
    }

    /**
     * Emits {@code opType} followed by the layer's fused activation, binding the last node's output
     * to the layer's output blob.
     */
    static void emitWithFused(NcnnLayer layer, ConversionContext ctx, String opType, List<String> inputs,
                              OnnxAttribute... attributes) {
        int type = layer.params().getInt(9, 0);
        if (type == 0) {
            ctx.emit(layer, opType, inputs, attributes);
            return;
        }
        String x = ctx.graph().op(opType, layer.name() + "_pre", inputs, attributes);
        float[] a = layer.params().getFloats(10);
        switch (type) {
            case 1 -> ctx.emit(layer, "Relu", List.of(x));
            case 2 -> ctx.emit(layer, "LeakyRelu", List.of(x), OnnxAttribute.of("alpha", a[0]));
            case 3 -> emitClip(layer, ctx, x, a[0], a[1]);
            case 4 -> ctx.emit(layer, "Sigmoid", List.of(x));
            default -> throw new UnsupportedLayerException(layer.name() + ": fused activation " + type);
        }
    }

    private static void emitClip(NcnnLayer layer, ConversionContext ctx, String x, float min, float max) {
        String lo = ctx.graph().addFloats(layer.name() + "_min", new long[0], min);
        String hi = ctx.graph().addFloats(layer.name() + "_max", new long[0], max);
        ctx.emit(layer, "Clip", List.of(x, lo, hi));
    }
}
