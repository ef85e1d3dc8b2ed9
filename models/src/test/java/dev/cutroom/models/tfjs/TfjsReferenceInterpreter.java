package dev.cutroom.models.tfjs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-Java NHWC interpreter of a TFJS graph with TensorFlow's own semantics (SAME padding split,
 * depthwise channel order, conv2d_backprop_input as the gradient of the forward convolution,
 * half-pixel bilinear resize), written independently of the converter to check it. Batch 1 only.
 */
final class TfjsReferenceInterpreter {

    /** An NHWC tensor with N = 1 (rank 0 and 1 for constants). */
    record T(int[] shape, float[] d) {
        int h() {
            return shape[1];
        }

        int w() {
            return shape[2];
        }

        int c() {
            return shape[3];
        }

        float at(int y, int x, int ch) {
            return d[(y * w() + x) * c() + ch];
        }
    }

    private final TfjsGraph graph;
    private final Map<String, TfjsNode> nodes = new HashMap<>();

    TfjsReferenceInterpreter(TfjsGraph graph) {
        this.graph = graph;
        graph.nodes().forEach(n -> nodes.put(n.name(), n));
    }

    T run(T input, String output) {
        Map<String, T> memo = new HashMap<>();
        memo.put(graph.inputs().get(0), input);
        return eval(output, memo);
    }

    private T eval(String name, Map<String, T> memo) {
        String base = name.contains(":") ? name.substring(0, name.lastIndexOf(':')) : name;
        T known = memo.get(base);
        if (known != null) {
            return known;
        }
        TfjsNode n = nodes.get(base);
        List<String> in = n.inputs();
        T r = switch (n.op()) {
            case "Const" -> {
                TfjsWeight w = graph.weights().get(base);
                yield new T(w.shape(), w.asFloats());
            }
            case "Identity" -> eval(in.get(0), memo);
            case "Add", "AddV2" -> binary(eval(in.get(0), memo), eval(in.get(1), memo), '+');
            case "Mul" -> binary(eval(in.get(0), memo), eval(in.get(1), memo), '*');
            case "AddN" -> {
                T acc = eval(in.get(0), memo);
                for (int i = 1; i < in.size(); i++) {
                    acc = binary(acc, eval(in.get(i), memo), '+');
                }
                yield acc;
            }
            case "Relu" -> map(eval(in.get(0), memo), v -> Math.max(v, 0));
            case "Relu6" -> map(eval(in.get(0), memo), v -> Math.min(Math.max(v, 0), 6));
            case "Sigmoid" -> map(eval(in.get(0), memo), v -> (float) (1 / (1 + Math.exp(-v))));
            case "Conv2D" -> conv(eval(in.get(0), memo), eval(in.get(1), memo), n, false);
            case "DepthwiseConv2dNative" -> conv(eval(in.get(0), memo), eval(in.get(1), memo), n, true);
            case "Conv2DBackpropInput" -> backpropInput(graph.weights().get(in.get(0)).asInts(),
                    eval(in.get(1), memo), eval(in.get(2), memo), n);
            case "AvgPool" -> avgPoolValid(eval(in.get(0), memo), n);
            case "ResizeBilinear" -> resizeHalfPixel(eval(in.get(0), memo), graph.weights().get(in.get(1)).asInts());
            default -> throw new IllegalArgumentException("reference has no " + n.op());
        };
        memo.put(base, r);
        return r;
    }

    private interface F {
        float f(float v);
    }

    private static T map(T a, F f) {
        float[] d = new float[a.d.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = f.f(a.d[i]);
        }
        return new T(a.shape, d);
    }

    /** Elementwise with TF broadcasting of a scalar, a [C] vector (last axis) or an equal shape. */
    private static T binary(T a, T b, char op) {
        if (a.d.length < b.d.length) {
            T t = a;
            a = b;
            b = t;
        }
        float[] d = new float[a.d.length];
        for (int i = 0; i < d.length; i++) {
            float bv = b.d.length == 1 ? b.d[0] : b.d.length == a.d.length ? b.d[i] : b.d[i % b.d.length];
            d[i] = op == '+' ? a.d[i] + bv : a.d[i] * bv;
        }
        return new T(a.shape, d);
    }

    private static int[] samePad(int in, int k, int s) {
        int out = Math.ceilDiv(in, s);
        int total = Math.max((out - 1) * s + k - in, 0);
        return new int[] {out, total / 2};
    }

    private static T conv(T x, T f, TfjsNode n, boolean depthwise) {
        int kh = f.shape[0];
        int kw = f.shape[1];
        int cin = f.shape[2];
        int m = f.shape[3];
        int s = n.intsAttr("strides").get(1).intValue();
        boolean same = n.stringAttr("padding", "VALID").equals("SAME");
        int[] ph = same ? samePad(x.h(), kh, s) : new int[] {(x.h() - kh) / s + 1, 0};
        int[] pw = same ? samePad(x.w(), kw, s) : new int[] {(x.w() - kw) / s + 1, 0};
        int cout = depthwise ? cin * m : m;
        float[] out = new float[ph[0] * pw[0] * cout];
        for (int oy = 0; oy < ph[0]; oy++) {
            for (int ox = 0; ox < pw[0]; ox++) {
                for (int ky = 0; ky < kh; ky++) {
                    int iy = oy * s + ky - ph[1];
                    if (iy < 0 || iy >= x.h()) {
                        continue;
                    }
                    for (int kx = 0; kx < kw; kx++) {
                        int ix = ox * s + kx - pw[1];
                        if (ix < 0 || ix >= x.w()) {
                            continue;
                        }
                        int fBase = (ky * kw + kx) * cin * m;
                        for (int i = 0; i < cin; i++) {
                            float v = x.at(iy, ix, i);
                            for (int j = 0; j < m; j++) {
                                int o = depthwise ? i * m + j : j;
                                out[(oy * pw[0] + ox) * cout + o] += v * f.d[fBase + i * m + j];
                            }
                        }
                    }
                }
            }
        }
        return new T(new int[] {1, ph[0], pw[0], cout}, out);
    }

    /** The gradient of a forward conv from [outH, outW] to x's size: scatter x through the filter. */
    private static T backpropInput(int[] sizes, T f, T x, TfjsNode n) {
        int kh = f.shape[0];
        int kw = f.shape[1];
        int cout = f.shape[2];
        int cin = f.shape[3];
        int s = n.intsAttr("strides").get(1).intValue();
        int oh = sizes[1];
        int ow = sizes[2];
        int padTop = samePad(oh, kh, s)[1];
        int padLeft = samePad(ow, kw, s)[1];
        float[] out = new float[oh * ow * cout];
        for (int iy = 0; iy < x.h(); iy++) {
            for (int ix = 0; ix < x.w(); ix++) {
                for (int ky = 0; ky < kh; ky++) {
                    int oy = iy * s + ky - padTop;
                    for (int kx = 0; kx < kw; kx++) {
                        int ox = ix * s + kx - padLeft;
                        if (oy < 0 || oy >= oh || ox < 0 || ox >= ow) {
                            continue;
                        }
                        for (int o = 0; o < cout; o++) {
                            float sum = 0;
                            for (int i = 0; i < cin; i++) {
                                sum += x.at(iy, ix, i) * f.d[((ky * kw + kx) * cout + o) * cin + i];
                            }
                            out[(oy * ow + ox) * cout + o] += sum;
                        }
                    }
                }
            }
        }
        return new T(new int[] {1, oh, ow, cout}, out);
    }

    private static T avgPoolValid(T x, TfjsNode n) {
        int k = n.intsAttr("ksize").get(1).intValue();
        int s = n.intsAttr("strides").get(1).intValue();
        int oh = (x.h() - k) / s + 1;
        int ow = (x.w() - k) / s + 1;
        float[] out = new float[oh * ow * x.c()];
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                for (int ch = 0; ch < x.c(); ch++) {
                    double sum = 0;
                    for (int y = 0; y < k; y++) {
                        for (int xx = 0; xx < k; xx++) {
                            sum += x.at(oy * s + y, ox * s + xx, ch);
                        }
                    }
                    out[(oy * ow + ox) * x.c() + ch] = (float) (sum / (k * k));
                }
            }
        }
        return new T(new int[] {1, oh, ow, x.c()}, out);
    }

    private static T resizeHalfPixel(T x, int[] hw) {
        int oh = hw[0];
        int ow = hw[1];
        float[] out = new float[oh * ow * x.c()];
        for (int oy = 0; oy < oh; oy++) {
            float fy = (oy + 0.5f) * x.h() / oh - 0.5f;
            int y0 = Math.max((int) Math.floor(fy), 0);
            int y1 = Math.min((int) Math.ceil(fy), x.h() - 1);
            float ly = fy - (float) Math.floor(fy);
            for (int ox = 0; ox < ow; ox++) {
                float fx = (ox + 0.5f) * x.w() / ow - 0.5f;
                int x0 = Math.max((int) Math.floor(fx), 0);
                int x1 = Math.min((int) Math.ceil(fx), x.w() - 1);
                float lx = fx - (float) Math.floor(fx);
                for (int ch = 0; ch < x.c(); ch++) {
                    float top = x.at(y0, x0, ch) + (x.at(y0, x1, ch) - x.at(y0, x0, ch)) * lx;
                    float bottom = x.at(y1, x0, ch) + (x.at(y1, x1, ch) - x.at(y1, x0, ch)) * lx;
                    out[(oy * ow + ox) * x.c() + ch] = top + (bottom - top) * ly;
                }
            }
        }
        return new T(new int[] {1, oh, ow, x.c()}, out);
    }
}
