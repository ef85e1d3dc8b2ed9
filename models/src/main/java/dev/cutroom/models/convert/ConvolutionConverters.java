package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.ncnn.NcnnParams;
import dev.cutroom.models.onnx.OnnxAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * Convolution, ConvolutionDepthWise and Deconvolution.
 *
 * <p>ncnn keys: 0 num_output, 1 kernel_w, 11 kernel_h, 2/12 dilation w/h, 3/13 stride w/h,
 * 4 pad_left, 15 pad_right, 14 pad_top, 16 pad_bottom, 5 bias_term, 6 weight_data_size, 7 group,
 * 9 activation type, 10 activation params, 18/19 deconvolution output padding right/bottom.
 * Weights are {@code [out, in/group, kh, kw]} in both ncnn layers; ONNX ConvTranspose wants
 * {@code [in, out/group, kh, kw]}, so deconvolution weights are transposed here.
 */
final class ConvolutionConverters {

    private static final int PAD_SAME_UPPER = -233;
    private static final int PAD_SAME_LOWER = -234;

    private ConvolutionConverters() {
    }

    static void convolution(NcnnLayer layer, ConversionContext ctx) {
        convolve(layer, ctx, 1);
    }

    static void convolutionDepthWise(NcnnLayer layer, ConversionContext ctx) {
        convolve(layer, ctx, layer.params().getInt(7, 1));
    }

    static void deconvolution(NcnnLayer layer, ConversionContext ctx) {
        NcnnParams p = layer.params();
        if (p.getInt(20, 0) > 0 || p.getInt(21, 0) > 0) {
            throw new UnsupportedLayerException(layer.name() + ": Deconvolution with a fixed output size");
        }
        Geometry g = Geometry.of(layer, 1);
        float[] w = layer.weight("weight");
        float[] transposed = new float[w.length];
        int k = g.kh * g.kw;
        for (int o = 0; o < g.out; o++) {
            for (int i = 0; i < g.inPerGroup; i++) {
                System.arraycopy(w, (o * g.inPerGroup + i) * k, transposed, (i * g.out + o) * k, k);
            }
        }
        int outPadRight = p.getInt(18, 0);
        int outPadBottom = p.getInt(19, outPadRight);
        List<String> inputs = weightInputs(layer, ctx, transposed, new long[] {g.inPerGroup, g.out, g.kh, g.kw});
        Activations.emitWithFused(layer, ctx, "ConvTranspose", inputs, g.attributes(layer,
                OnnxAttribute.ints("output_padding", outPadBottom, outPadRight)));
    }

    private static void convolve(NcnnLayer layer, ConversionContext ctx, int group) {
        Geometry g = Geometry.of(layer, group);
        List<String> inputs = weightInputs(layer, ctx, layer.weight("weight"),
                new long[] {g.out, g.inPerGroup, g.kh, g.kw});
        Activations.emitWithFused(layer, ctx, "Conv", inputs,
                g.attributes(layer, OnnxAttribute.of("group", (long) group)));
    }

    private static List<String> weightInputs(NcnnLayer layer, ConversionContext ctx, float[] weight, long[] dims) {
        List<String> inputs = new ArrayList<>();
        inputs.add(ctx.input(layer, 0));
        inputs.add(ctx.graph().addFloats(layer.name() + "_weight", dims, weight));
        if (layer.params().getInt(5, 0) != 0) {
            float[] bias = layer.weight("bias");
            inputs.add(ctx.graph().addFloats(layer.name() + "_bias", new long[] {bias.length}, bias));
        }
        return inputs;
    }

    /** Kernel geometry shared by the three layer types. */
    private record Geometry(int out, int inPerGroup, int kh, int kw, NcnnParams p) {

        static Geometry of(NcnnLayer layer, int group) {
            NcnnParams p = layer.params();
            int out = p.getInt(0, 0);
            int kw = p.getInt(1, 0);
            int kh = p.getInt(11, kw);
            int size = p.getInt(6, 0);
            if (out <= 0 || kw <= 0 || size % (out * kh * kw) != 0) {
                throw new UnsupportedLayerException(layer.name() + ": inconsistent kernel " + p);
            }
            // depth-wise: weight size = out * (in/group) * k, with out = in = group in the usual case
            int inPerGroup = size / (out * kh * kw);
            if (group > 1 && out % group != 0) {
                throw new UnsupportedLayerException(layer.name() + ": num_output not divisible by group");
            }
            return new Geometry(out, inPerGroup, kh, kw, p);
        }

        OnnxAttribute[] attributes(NcnnLayer layer, OnnxAttribute extra) {
            int dw = p.getInt(2, 1);
            int dh = p.getInt(12, dw);
            int sw = p.getInt(3, 1);
            int sh = p.getInt(13, sw);
            int left = p.getInt(4, 0);
            int right = p.getInt(15, left);
            int top = p.getInt(14, left);
            int bottom = p.getInt(16, top);
            List<OnnxAttribute> a = new ArrayList<>(List.of(
                    OnnxAttribute.ints("kernel_shape", kh, kw),
                    OnnxAttribute.ints("strides", sh, sw),
                    OnnxAttribute.ints("dilations", dh, dw)));
            if (left == PAD_SAME_UPPER || left == PAD_SAME_LOWER) {
                a.add(OnnxAttribute.of("auto_pad", left == PAD_SAME_UPPER ? "SAME_UPPER" : "SAME_LOWER"));
            } else if (left < 0 || top < 0) {
                throw new UnsupportedLayerException(layer.name() + ": pad mode " + left);
            } else {
                a.add(OnnxAttribute.ints("pads", top, left, bottom, right));
            }
            if (p.getFloat(18, 0f) != 0f && layer.type().startsWith("Convolution")) {
                throw new UnsupportedLayerException(layer.name() + ": non-zero pad_value");
            }
            a.add(extra);
            return a.toArray(OnnxAttribute[]::new);
        }
    }
}
