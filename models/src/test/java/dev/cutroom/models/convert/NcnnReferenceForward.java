package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnGraph;
import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.ncnn.NcnnParamParser;
import dev.cutroom.models.ncnn.NcnnParams;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * An independent plain-Java forward pass of an ncnn graph, written from ncnn's C++ layer code, for
 * checking the ONNX conversion. It decodes the weights itself (its own fp16 decoding, not the
 * production reader) and implements each layer with direct loops on CHW arrays.
 *
 * <p>Covers the layers of realesr-animevideov3: Input, Split, Convolution (stride 1), PReLU,
 * PixelShuffle, Interp (nearest, bicubic) and BinaryOp add; and those realesrgan-x4plus adds: convolutions with a
 * fused (leaky) ReLU, Concat on channels and Eltwise sums with coefficients.
 */
final class NcnnReferenceForward {

    /** A CHW blob. */
    record Blob(int c, int h, int w, float[] data) {
        Blob(int c, int h, int w) {
            this(c, h, w, new float[c * h * w]);
        }

        float at(int ch, int y, int x) {
            return data[(ch * h + y) * w + x];
        }
    }

    private final NcnnGraph graph;
    private final Map<String, float[][]> weights = new HashMap<>();

    NcnnReferenceForward(String paramText, byte[] bin) {
        this.graph = NcnnParamParser.parse(paramText);
        ByteBuffer b = ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN);
        for (NcnnLayer l : graph.layers()) {
            NcnnParams p = l.params();
            switch (l.type()) {
                case "Convolution" -> weights.put(l.name(), new float[][] {
                    readTaggedWeights(b, p.getInt(6, 0)), readFloats(b, p.getInt(0, 0))});
                case "PReLU" -> weights.put(l.name(), new float[][] {readFloats(b, p.getInt(0, 0))});
                default -> { }
            }
        }
        if (b.hasRemaining()) {
            throw new IllegalStateException(b.remaining() + " unread bytes");
        }
    }

    /** Runs the graph on one CHW input and returns the blob named {@code output}. */
    Blob run(Blob input, String output) {
        Map<String, Blob> blobs = new HashMap<>();
        for (NcnnLayer l : graph.layers()) {
            NcnnParams p = l.params();
            Blob x = l.inputs().isEmpty() ? input : blobs.get(l.inputs().get(0));
            Blob y = switch (l.type()) {
                case "Input" -> input;
                case "Split" -> x;
                case "Convolution" -> activate(conv(x, weights.get(l.name()), p.getInt(0, 0), p.getInt(1, 0), p.getInt(4, 0)),
                        p.getInt(9, 0), p.getFloats(10));
                case "Concat" -> concat(l.inputs().stream().map(blobs::get).toList(), p.getInt(0, 0));
                case "Eltwise" -> eltwiseSum(l.inputs().stream().map(blobs::get).toList(), p.getInt(0, 1), p.getFloats(1));
                case "PReLU" -> prelu(x, weights.get(l.name())[0]);
                case "PixelShuffle" -> pixelShuffle(x, p.getInt(0, 1));
                case "Interp" -> interp(x, p.getInt(0, 0), p.getFloat(1, 1), p.getFloat(2, 1));
                case "BinaryOp" -> add(x, blobs.get(l.inputs().get(1)), p.getInt(0, 0));
                default -> throw new IllegalArgumentException("reference has no " + l.type());
            };
            for (String o : l.outputs()) {
                blobs.put(o, y);
            }
        }
        return blobs.get(output);
    }

    static Blob conv(Blob x, float[][] wb, int out, int k, int pad) {
        float[] w = wb[0];
        float[] bias = wb[1];
        int in = x.c;
        Blob y = new Blob(out, x.h + 2 * pad - k + 1, x.w + 2 * pad - k + 1);
        for (int o = 0; o < out; o++) {
            for (int oy = 0; oy < y.h; oy++) {
                for (int ox = 0; ox < y.w; ox++) {
                    double sum = bias[o];
                    for (int i = 0; i < in; i++) {
                        for (int ky = 0; ky < k; ky++) {
                            int iy = oy + ky - pad;
                            if (iy < 0 || iy >= x.h) {
                                continue;
                            }
                            for (int kx = 0; kx < k; kx++) {
                                int ix = ox + kx - pad;
                                if (ix >= 0 && ix < x.w) {
                                    sum += w[((o * in + i) * k + ky) * k + kx] * x.at(i, iy, ix);
                                }
                            }
                        }
                    }
                    y.data[(o * y.h + oy) * y.w + ox] = (float) sum;
                }
            }
        }
        return y;
    }

    static Blob prelu(Blob x, float[] slope) {
        Blob y = new Blob(x.c, x.h, x.w);
        int plane = x.h * x.w;
        for (int i = 0; i < x.data.length; i++) {
            float v = x.data[i];
            y.data[i] = v > 0 ? v : v * slope[slope.length == 1 ? 0 : i / plane];
        }
        return y;
    }

    /** ncnn PixelShuffle mode 0: out[c][y*r+dy][x*r+dx] = in[c*r*r + dy*r + dx][y][x]. */
    static Blob pixelShuffle(Blob x, int r) {
        Blob y = new Blob(x.c / (r * r), x.h * r, x.w * r);
        for (int c = 0; c < y.c; c++) {
            for (int dy = 0; dy < r; dy++) {
                for (int dx = 0; dx < r; dx++) {
                    for (int iy = 0; iy < x.h; iy++) {
                        for (int ix = 0; ix < x.w; ix++) {
                            y.data[(c * y.h + iy * r + dy) * y.w + ix * r + dx] = x.at(c * r * r + dy * r + dx, iy, ix);
                        }
                    }
                }
            }
        }
        return y;
    }

    static Blob interp(Blob x, int type, float hScale, float wScale) {
        int oh = (int) (x.h * hScale);
        int ow = (int) (x.w * wScale);
        Blob y = new Blob(x.c, oh, ow);
        if (type == 1) {
            float hs = 1f / hScale;
            float ws = 1f / wScale;
            for (int c = 0; c < x.c; c++) {
                for (int oy = 0; oy < oh; oy++) {
                    int sy = Math.min((int) (oy * hs), x.h - 1);
                    for (int ox = 0; ox < ow; ox++) {
                        y.data[(c * oh + oy) * ow + ox] = x.at(c, sy, Math.min((int) (ox * ws), x.w - 1));
                    }
                }
            }
            return y;
        }
        if (type != 3) {
            throw new IllegalArgumentException("reference Interp type " + type);
        }
        int[] xofs = new int[ow];
        float[] xa = cubicCoeffs(x.w, ow, xofs);
        int[] yofs = new int[oh];
        float[] ya = cubicCoeffs(x.h, oh, yofs);
        for (int c = 0; c < x.c; c++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    double sum = 0;
                    for (int j = 0; j < 4; j++) {
                        int sy = yofs[oy] - 1 + j;
                        double row = 0;
                        for (int i = 0; i < 4; i++) {
                            float a = xa[ox * 4 + i];
                            if (a != 0) {
                                row += a * x.at(c, sy, xofs[ox] - 1 + i);
                            }
                        }
                        if (ya[oy * 4 + j] != 0) {
                            sum += ya[oy * 4 + j] * row;
                        }
                    }
                    y.data[(c * oh + oy) * ow + ox] = (float) sum;
                }
            }
        }
        return y;
    }

    /** ncnn's cubic_coeffs (align_corner = 0): taps sx-1..sx+2 with weights folded at the borders. */
    private static float[] cubicCoeffs(int w, int outw, int[] xofs) {
        double scale = (double) w / outw;
        float[] alpha = new float[outw * 4];
        for (int dx = 0; dx < outw; dx++) {
            float fx = (float) ((dx + 0.5) * scale - 0.5);
            int sx = (int) Math.floor(fx);
            fx -= sx;
            float[] a = interpolateCubic(fx);
            if (sx <= -1) {
                sx = 1;
                a = new float[] {1f - a[3], a[3], 0f, 0f};
            }
            if (sx == 0) {
                sx = 1;
                a = new float[] {a[0] + a[1], a[2], a[3], 0f};
            }
            if (sx == w - 2) {
                sx = w - 3;
                a = new float[] {0f, a[0], a[1], a[2] + a[3]};
            }
            if (sx >= w - 1) {
                sx = w - 3;
                a = new float[] {0f, 0f, 1f - a[0], a[0]};
            }
            xofs[dx] = sx;
            System.arraycopy(a, 0, alpha, dx * 4, 4);
        }
        return alpha;
    }

    private static float[] interpolateCubic(float fx) {
        final float a = -0.75f;
        float fx0 = fx + 1;
        float fx1 = fx;
        float fx2 = 1 - fx;
        float c0 = a * fx0 * fx0 * fx0 - 5 * a * fx0 * fx0 + 8 * a * fx0 - 4 * a;
        float c1 = (a + 2) * fx1 * fx1 * fx1 - (a + 3) * fx1 * fx1 + 1;
        float c2 = (a + 2) * fx2 * fx2 * fx2 - (a + 3) * fx2 * fx2 + 1;
        return new float[] {c0, c1, c2, 1f - c0 - c1 - c2};
    }

    /** ncnn's fused activation of a convolution: 0 none, 1 ReLU, 2 leaky ReLU (slope in the params). */
    static Blob activate(Blob x, int type, float[] params) {
        if (type == 0) {
            return x;
        }
        if (type != 1 && type != 2) {
            throw new IllegalArgumentException("reference activation type " + type);
        }
        float slope = type == 2 && params.length > 0 ? params[0] : 0f;
        for (int i = 0; i < x.data.length; i++) {
            if (x.data[i] < 0) {
                x.data[i] *= slope;
            }
        }
        return x;
    }

    /** Concat along channels (ncnn axis 0). */
    static Blob concat(java.util.List<Blob> parts, int axis) {
        if (axis != 0) {
            throw new IllegalArgumentException("reference Concat on channels only");
        }
        int c = parts.stream().mapToInt(Blob::c).sum();
        Blob first = parts.getFirst();
        Blob y = new Blob(c, first.h, first.w);
        int at = 0;
        for (Blob b : parts) {
            System.arraycopy(b.data, 0, y.data, at, b.data.length);
            at += b.data.length;
        }
        return y;
    }

    /** Eltwise sum (op 1) with optional coefficients. */
    static Blob eltwiseSum(java.util.List<Blob> parts, int op, float[] coefficients) {
        if (op != 1) {
            throw new IllegalArgumentException("reference Eltwise sum only, got op " + op);
        }
        Blob y = new Blob(parts.getFirst().c, parts.getFirst().h, parts.getFirst().w);
        for (int k = 0; k < parts.size(); k++) {
            float coeff = coefficients.length > k ? coefficients[k] : 1f;
            float[] d = parts.get(k).data;
            for (int i = 0; i < d.length; i++) {
                y.data[i] += coeff * d[i];
            }
        }
        return y;
    }

    static Blob add(Blob a, Blob b, int op) {
        if (op != 0 || a.data.length != b.data.length) {
            throw new IllegalArgumentException("reference BinaryOp supports same-shape add only");
        }
        Blob y = new Blob(a.c, a.h, a.w);
        for (int i = 0; i < a.data.length; i++) {
            y.data[i] = a.data[i] + b.data[i];
        }
        return y;
    }

    private static float[] readTaggedWeights(ByteBuffer b, int n) {
        int tag = b.getInt();
        if (tag == 0) {
            return readFloats(b, n);
        }
        if (tag != 0x01306B47) {
            throw new IllegalStateException("reference reads fp16 or fp32 only, tag " + Integer.toHexString(tag));
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = halfToFloat(b.getShort() & 0xFFFF);
        }
        if (n % 2 == 1) {
            b.getShort(); // pad to 4 bytes
        }
        return out;
    }

    private static float[] readFloats(ByteBuffer b, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }

    /** IEEE 754 binary16 to float by hand, so the test does not share the production decoder. */
    static float halfToFloat(int h) {
        int sign = (h >> 15) & 1;
        int exp = (h >> 10) & 0x1F;
        int mant = h & 0x3FF;
        double v;
        if (exp == 0) {
            v = mant * Math.pow(2, -24);
        } else if (exp == 31) {
            v = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = (1 + mant / 1024.0) * Math.pow(2, exp - 15);
        }
        return (float) (sign == 1 ? -v : v);
    }
}
