package dev.cutroom.models.tfjs;

import dev.cutroom.models.convert.UnsupportedLayerException;
import dev.cutroom.models.onnx.OnnxAttribute;
import dev.cutroom.models.onnx.OnnxGraphBuilder;
import java.util.ArrayList;
import java.util.List;

/** The TF ops that need more than a rename: convolutions, pooling and resizing, with NHWC filters re-laid out. */
final class TfjsOps {

    private TfjsOps() {
    }

    /** Conv2D(x, filter [kh, kw, in, out]) to Conv with weights [out, in, kh, kw]. */
    static void conv2d(TfjsConversion c, TfjsNode n) {
        TfjsWeight f = c.weight(n.inputs().get(1));
        int[] s = f.shape();
        int kh = s[0];
        int kw = s[1];
        int in = s[2];
        int out = s[3];
        float[] src = f.asFloats();
        float[] w = new float[src.length];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        w[((o * in + i) * kh + y) * kw + x] = src[((y * kw + x) * in + i) * out + o];
                    }
                }
            }
        }
        String weight = c.graph().addFloats(n.name() + "/weight", new long[] {out, in, kh, kw}, w);
        c.emit(n, "Conv", List.of(c.operand(n, 0), weight), convAttributes(n, kh, kw, 1));
    }

    /** DepthwiseConv2dNative(x, filter [kh, kw, in, mult]) to a grouped Conv; output channel i*mult + m. */
    static void depthwise(TfjsConversion c, TfjsNode n) {
        TfjsWeight f = c.weight(n.inputs().get(1));
        int[] s = f.shape();
        int kh = s[0];
        int kw = s[1];
        int in = s[2];
        int mult = s[3];
        float[] src = f.asFloats();
        float[] w = new float[src.length];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int i = 0; i < in; i++) {
                    for (int m = 0; m < mult; m++) {
                        w[((i * mult + m) * kh + y) * kw + x] = src[((y * kw + x) * in + i) * mult + m];
                    }
                }
            }
        }
        String weight = c.graph().addFloats(n.name() + "/weight", new long[] {(long) in * mult, 1, kh, kw}, w);
        c.emit(n, "Conv", List.of(c.operand(n, 0), weight), convAttributes(n, kh, kw, in));
    }

    /**
     * Conv2DBackpropInput(output_sizes NHWC, filter [kh, kw, out, in], x) to ConvTranspose with weights
     * [in, out, kh, kw] (no flip: both are the gradient of a cross-correlation). TF SAME puts the
     * smaller half of the padding first, so pads are computed here rather than left to auto_pad.
     */
    static void convTranspose(TfjsConversion c, TfjsNode n) {
        int[] outSize = c.weight(n.inputs().get(0)).asInts();
        TfjsWeight f = c.weight(n.inputs().get(1));
        int[] s = f.shape();
        int kh = s[0];
        int kw = s[1];
        int out = s[2];
        int in = s[3];
        float[] src = f.asFloats();
        float[] w = new float[src.length];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int o = 0; o < out; o++) {
                    for (int i = 0; i < in; i++) {
                        w[((i * out + o) * kh + y) * kw + x] = src[((y * kw + x) * out + o) * in + i];
                    }
                }
            }
        }
        List<Long> strides = n.intsAttr("strides");
        int sh = strides.isEmpty() ? 1 : strides.get(1).intValue();
        int sw = strides.isEmpty() ? 1 : strides.get(2).intValue();
        String padding = n.stringAttr("padding", "VALID");
        int[] ph = transposePads(outSize[1], kh, sh, padding);
        int[] pw = transposePads(outSize[2], kw, sw, padding);
        String weight = c.graph().addFloats(n.name() + "/weight", new long[] {in, out, kh, kw}, w);
        c.emit(n, "ConvTranspose", List.of(c.operand(n, 2), weight),
                OnnxAttribute.ints("kernel_shape", kh, kw), OnnxAttribute.ints("strides", sh, sw),
                OnnxAttribute.ints("pads", ph[0], pw[0], ph[1], pw[1]),
                OnnxAttribute.ints("output_padding", ph[2], pw[2]));
    }

    /** @return {pad before, pad after, output padding} along one axis of a transposed convolution */
    private static int[] transposePads(int out, int k, int stride, String padding) {
        int in = padding.equals("SAME") ? Math.ceilDiv(out, stride) : Math.ceilDiv(out - k + 1, stride);
        int total = (in - 1) * stride + k - out;
        if (total < 0) {
            return new int[] {0, 0, -total};
        }
        return new int[] {total / 2, total - total / 2, 0};
    }

    /** AvgPool / MaxPool with NHWC ksize and strides; TF's average excludes padding, as ONNX's default. */
    static void pool(TfjsConversion c, TfjsNode n) {
        List<Long> k = n.intsAttr("ksize");
        List<Long> st = n.intsAttr("strides");
        c.emit(n, n.op().equals("AvgPool") ? "AveragePool" : "MaxPool", List.of(c.operand(n, 0)),
                OnnxAttribute.ints("kernel_shape", k.get(1), k.get(2)),
                OnnxAttribute.ints("strides", st.get(1), st.get(2)),
                OnnxAttribute.of("auto_pad", autoPad(n)));
    }

    /** ResizeBilinear(x, size [h, w]) to Resize linear with sizes [N, C, h, w]. */
    static void resizeBilinear(TfjsConversion c, TfjsNode n) {
        int[] hw = c.weight(n.inputs().get(1)).asInts();
        String x = c.operand(n, 0);
        OnnxGraphBuilder g = c.graph();
        String shape = g.op("Shape", n.name() + "/shape", List.of(x));
        String nc = g.op("Slice", n.name() + "/nc", List.of(shape, g.addLongs(n.name() + "/s", 0), g.addLongs(n.name() + "/e", 2)));
        String sizes = g.op("Concat", n.name() + "/sizes", List.of(nc, g.addLongs(n.name() + "/hw", hw[0], hw[1])),
                OnnxAttribute.of("axis", 0L));
        String mode = n.boolAttr("align_corners", false) ? "align_corners"
                : n.boolAttr("half_pixel_centers", false) ? "half_pixel" : "asymmetric";
        c.emit(n, "Resize", List.of(x, "", "", sizes), OnnxAttribute.of("mode", "linear"),
                OnnxAttribute.of("coordinate_transformation_mode", mode));
    }

    private static OnnxAttribute[] convAttributes(TfjsNode n, int kh, int kw, int group) {
        List<Long> strides = n.intsAttr("strides");
        List<Long> dil = n.intsAttr("dilations");
        List<OnnxAttribute> a = new ArrayList<>(List.of(
                OnnxAttribute.ints("kernel_shape", kh, kw),
                OnnxAttribute.ints("strides", strides.isEmpty() ? 1 : strides.get(1), strides.isEmpty() ? 1 : strides.get(2)),
                OnnxAttribute.ints("dilations", dil.isEmpty() ? 1 : dil.get(1), dil.isEmpty() ? 1 : dil.get(2)),
                OnnxAttribute.of("group", (long) group)));
        if (n.stringAttr("padding", "VALID").equals("EXPLICIT")) {
            List<Long> p = n.intsAttr("explicit_paddings"); // NHWC pairs: [0,0, top,bottom, left,right, 0,0]
            a.add(OnnxAttribute.ints("pads", p.get(2), p.get(4), p.get(3), p.get(5)));
        } else {
            a.add(OnnxAttribute.of("auto_pad", autoPad(n)));
        }
        return a.toArray(OnnxAttribute[]::new);
    }

    /** TF SAME pads the extra pixel at the end, which is ONNX SAME_UPPER. */
    private static String autoPad(TfjsNode n) {
        String p = n.stringAttr("padding", "VALID");
        return switch (p) {
            case "SAME" -> "SAME_UPPER";
            case "VALID" -> "VALID";
            default -> throw new UnsupportedLayerException(n.name() + ": padding " + p);
        };
    }

    /** Permutes an NHWC constant to NCHW. */
    static float[] nhwcToNchw(float[] src, int[] s) {
        int nn = s[0];
        int h = s[1];
        int w = s[2];
        int ch = s[3];
        float[] out = new float[src.length];
        for (int b = 0; b < nn; b++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int k = 0; k < ch; k++) {
                        out[((b * ch + k) * h + y) * w + x] = src[((b * h + y) * w + x) * ch + k];
                    }
                }
            }
        }
        return out;
    }
}
