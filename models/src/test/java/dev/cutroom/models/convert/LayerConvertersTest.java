package dev.cutroom.models.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.ncnn.NcnnGraph;
import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.ncnn.NcnnParamParser;
import dev.cutroom.models.runtime.FloatTensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each mapping in the table, run by ONNX Runtime on a one- or two-layer ncnn graph, against a direct
 * Java computation of what the ncnn layer does.
 */
class LayerConvertersTest {

    private static final float TOLERANCE = 1e-5f;

    @Test
    void cropSliceFormWithToTheEndMarker() {
        FloatTensor x = TestRuntime.random(1, -1, 1, 1, 4, 5, 6);
        FloatTensor y = run("Crop c 1 1 in out -23309=2,1,2 -23310=2,3,-233 -23311=2,0,2", Map.of(), x);
        assertClose(y, slice(x, 1, 3, 0, 5, 2, 6));
    }

    @Test
    void cropOffsetForm() {
        FloatTensor x = TestRuntime.random(2, -1, 1, 1, 3, 6, 7);
        FloatTensor y = run("Crop c 1 1 in out 0=1 1=2 3=3 4=2", Map.of(), x);
        assertClose(y, slice(x, 0, 3, 2, 4, 1, 4));
    }

    @Test
    void concatOnChannelsAndEltwise() {
        FloatTensor a = TestRuntime.random(3, -1, 1, 1, 2, 3, 4);
        FloatTensor b = TestRuntime.random(4, -1, 1, 1, 2, 3, 4);
        FloatTensor cat = run2("Concat c 2 1 in in2 out 0=0", a, b);
        assertThat(cat.shape()).containsExactly(1, 4, 3, 4);
        assertThat(java.util.Arrays.copyOfRange(cat.data(), 0, 24)).containsExactly(a.data());
        assertThat(java.util.Arrays.copyOfRange(cat.data(), 24, 48)).containsExactly(b.data());

        assertClose(run2("Eltwise e 2 1 in in2 out 0=1 -23301=2,1.0,4.0", a, b), map2(a, b, (p, q) -> p + 4 * q));
        assertClose(run2("Eltwise e 2 1 in in2 out 0=0", a, b), map2(a, b, (p, q) -> p * q));
        assertClose(run2("Eltwise e 2 1 in in2 out 0=2", a, b), map2(a, b, Math::max));
    }

    @Test
    void binaryOpsIncludingScalarAndReversedForms() {
        FloatTensor a = TestRuntime.random(5, 0.5f, 2, 1, 2, 3, 4);
        FloatTensor b = TestRuntime.random(6, 0.5f, 2, 1, 2, 3, 4);
        assertClose(run2("BinaryOp o 2 1 in in2 out 0=1", a, b), map2(a, b, (p, q) -> p - q));
        assertClose(run2("BinaryOp o 2 1 in in2 out 0=3", a, b), map2(a, b, (p, q) -> p / q));
        assertClose(run2("BinaryOp o 2 1 in in2 out 0=5", a, b), map2(a, b, Math::min));
        assertClose(run("BinaryOp o 1 1 in out 0=7 1=1 2=2.0", Map.of(), a), map2(a, a, (p, q) -> 2 - p));
        assertClose(run("BinaryOp o 1 1 in out 0=2 1=1 2=8.0", Map.of(), a), map2(a, a, (p, q) -> p * 8));
        assertClose(run("BinaryOp o 1 1 in out 0=3 1=1 2=4.0", Map.of(), a), map2(a, a, (p, q) -> p / 4));
    }

    @Test
    void activations() {
        FloatTensor x = TestRuntime.random(7, -2, 2, 1, 2, 3, 4);
        assertClose(run("ReLU r 1 1 in out", Map.of(), x), map2(x, x, (p, q) -> Math.max(p, 0)));
        assertClose(run("ReLU r 1 1 in out 0=1.0e-01", Map.of(), x), map2(x, x, (p, q) -> p > 0 ? p : 0.1f * p));
        assertClose(run("Sigmoid s 1 1 in out", Map.of(), x), map2(x, x, (p, q) -> (float) (1 / (1 + Math.exp(-p)))));
        assertClose(run("Clip c 1 1 in out 0=-5.0e-01 1=1.0", Map.of(), x), map2(x, x, (p, q) -> Math.clamp(p, -0.5f, 1f)));
        assertClose(run("PReLU p 1 1 in out 0=2", Map.of("weights", new float[] {0.5f, -0.25f}), x),
                perChannel(x, (c, p) -> p > 0 ? p : (c == 0 ? 0.5f : -0.25f) * p));
    }

    @Test
    void depthWiseConvolutionWithFusedRelu() {
        FloatTensor x = TestRuntime.random(8, -1, 1, 1, 3, 5, 6);
        float[] w = TestRuntime.random(9, -1, 1, 27).data();
        float[] bias = {0.1f, -0.2f, 0.3f};
        FloatTensor y = run("ConvolutionDepthWise d 1 1 in out 0=3 1=3 4=1 5=1 6=27 7=3 9=1",
                Map.of("weight", w, "bias", bias), x);
        FloatTensor expected = FloatTensor.zeros(1, 3, 5, 6);
        for (int c = 0; c < 3; c++) {
            for (int oy = 0; oy < 5; oy++) {
                for (int ox = 0; ox < 6; ox++) {
                    float s = bias[c];
                    for (int ky = 0; ky < 3; ky++) {
                        for (int kx = 0; kx < 3; kx++) {
                            int iy = oy + ky - 1;
                            int ix = ox + kx - 1;
                            if (iy >= 0 && iy < 5 && ix >= 0 && ix < 6) {
                                s += w[c * 9 + ky * 3 + kx] * x.data()[(c * 5 + iy) * 6 + ix];
                            }
                        }
                    }
                    expected.data()[(c * 5 + oy) * 6 + ox] = Math.max(s, 0);
                }
            }
        }
        assertClose(y, expected);
    }

    @Test
    void deconvolutionStride2Pad1() {
        int in = 2;
        int out = 3;
        int k = 4;
        int h = 4;
        int w = 5;
        FloatTensor x = TestRuntime.random(10, -1, 1, 1, in, h, w);
        float[] weight = TestRuntime.random(11, -1, 1, out * in * k * k).data(); // ncnn [out, in, kh, kw]
        float[] bias = {0.5f, 0f, -0.5f};
        FloatTensor y = run("Deconvolution d 1 1 in out 0=3 1=4 3=2 4=1 5=1 6=96", Map.of("weight", weight, "bias", bias), x);

        // ncnn: scatter every input pixel through the kernel into the full output, then cut the padding
        int fullH = (h - 1) * 2 + k;
        int fullW = (w - 1) * 2 + k;
        float[] full = new float[out * fullH * fullW];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                for (int iy = 0; iy < h; iy++) {
                    for (int ix = 0; ix < w; ix++) {
                        float v = x.data()[(i * h + iy) * w + ix];
                        for (int ky = 0; ky < k; ky++) {
                            for (int kx = 0; kx < k; kx++) {
                                full[(o * fullH + iy * 2 + ky) * fullW + ix * 2 + kx] += v * weight[((o * in + i) * k + ky) * k + kx];
                            }
                        }
                    }
                }
            }
        }
        FloatTensor expected = FloatTensor.zeros(1, out, fullH - 2, fullW - 2);
        for (int o = 0; o < out; o++) {
            for (int yy = 0; yy < fullH - 2; yy++) {
                for (int xx = 0; xx < fullW - 2; xx++) {
                    expected.data()[(o * (fullH - 2) + yy) * (fullW - 2) + xx] = full[(o * fullH + yy + 1) * fullW + xx + 1] + bias[o];
                }
            }
        }
        assertClose(y, expected);
    }

    @Test
    void interpBilinearAndFixedSizeNearest() {
        FloatTensor x = TestRuntime.random(12, 0, 1, 1, 2, 5, 6);
        FloatTensor bilinear = run("Interp i 1 1 in out 0=2 1=2.0 2=2.0", Map.of(), x);
        assertClose(bilinear, bilinearNcnn(x, 10, 12));
        FloatTensor quarter = run("Interp i 1 1 in out 0=2 1=2.5e-01 2=2.5e-01", Map.of(),
                TestRuntime.random(13, 0, 1, 1, 2, 16, 24));
        assertThat(quarter.shape()).containsExactly(1, 2, 4, 6);

        FloatTensor nearest = run("Interp i 1 1 in out 0=1 3=10 4=18", Map.of(), x);
        assertThat(nearest.shape()).containsExactly(1, 2, 10, 18);
        for (int c = 0; c < 2; c++) {
            for (int oy = 0; oy < 10; oy++) {
                for (int ox = 0; ox < 18; ox++) {
                    assertThat(nearest.data()[(c * 10 + oy) * 18 + ox]).isEqualTo(x.data()[(c * 5 + oy / 2) * 6 + ox / 3]);
                }
            }
        }
    }

    @Test
    void rifeWarpSamplesBilinearlyAtPixelPlusFlowClampedToTheBorder() {
        FloatTensor image = TestRuntime.random(14, 0, 1, 1, 2, 6, 7);
        FloatTensor flow = TestRuntime.random(15, -3, 3, 1, 2, 6, 7);
        FloatTensor y = run2("rife.Warp w 2 1 in in2 out", image, flow);

        FloatTensor expected = FloatTensor.zeros(1, 2, 6, 7);
        for (int c = 0; c < 2; c++) {
            for (int yy = 0; yy < 6; yy++) {
                for (int xx = 0; xx < 7; xx++) {
                    float sx = xx + flow.data()[yy * 7 + xx];
                    float sy = yy + flow.data()[(6 + yy) * 7 + xx];
                    int x0 = (int) Math.floor(sx);
                    int y0 = (int) Math.floor(sy);
                    float ax = sx - x0;
                    float ay = sy - y0;
                    float v00 = pixel(image, c, y0, x0);
                    float v01 = pixel(image, c, y0, x0 + 1);
                    float v10 = pixel(image, c, y0 + 1, x0);
                    float v11 = pixel(image, c, y0 + 1, x0 + 1);
                    expected.data()[(c * 6 + yy) * 7 + xx] = (1 - ay) * ((1 - ax) * v00 + ax * v01) + ay * ((1 - ax) * v10 + ax * v11);
                }
            }
        }
        assertClose(y, expected);
    }

    @Test
    void unknownLayerTypesAreListedBeforeAnythingIsConverted() {
        NcnnGraph g = NcnnParamParser.parse("7767517\n3 3\nInput i 0 1 in\nSoftmax s 1 1 in a\nMish m 1 1 a out\n");
        assertThatThrownBy(() -> new NcnnToOnnxConverter().convert(g, ConversionOptions.defaults("t")))
                .isInstanceOf(UnsupportedLayerException.class).hasMessageContaining("[Mish, Softmax]");
    }

    // ---- helpers ----

    /** Converts {@code Input in} followed by {@code layerLine}, weights given by role, and runs it. */
    private static FloatTensor run(String layerLine, Map<String, float[]> weights, FloatTensor... inputs) {
        String header = inputs.length == 1 ? "Input input 0 1 in\n" : "Input input 0 1 in\nInput input2 0 1 in2\n";
        int layers = inputs.length + 1;
        NcnnGraph parsed = NcnnParamParser.parse("7767517\n" + layers + " " + (layers + 1) + "\n" + header + layerLine + "\n");
        List<NcnnLayer> withWeights = new ArrayList<>(parsed.layers());
        int last = withWeights.size() - 1;
        Map<String, float[]> roles = weights.containsKey("weights") ? Map.of("slope", weights.get("weights")) : weights;
        withWeights.set(last, withWeights.get(last).withWeights(roles));
        var model = new NcnnToOnnxConverter().convert(new NcnnGraph(withWeights, parsed.blobCount()),
                ConversionOptions.defaults("layer-test"));
        assertThat(model.graph().outputs().get(0).name()).isEqualTo("out");
        return TestRuntime.run(model, inputs).get(0);
    }

    private static FloatTensor run2(String layerLine, FloatTensor a, FloatTensor b) {
        return run(layerLine, Map.of(), a, b);
    }

    private static void assertClose(FloatTensor actual, FloatTensor expected) {
        assertThat(actual.shape()).containsExactly(expected.shape());
        assertThat(actual.maxAbsDifference(expected)).isLessThan(TOLERANCE);
    }

    private interface FloatOp {
        float apply(float a, float b);
    }

    private static FloatTensor map2(FloatTensor a, FloatTensor b, FloatOp op) {
        float[] d = new float[a.data().length];
        for (int i = 0; i < d.length; i++) {
            d[i] = op.apply(a.data()[i], b.data()[i]);
        }
        return new FloatTensor(a.shape(), d);
    }

    private interface ChannelOp {
        float apply(int channel, float v);
    }

    private static FloatTensor perChannel(FloatTensor x, ChannelOp op) {
        int plane = x.dim(2) * x.dim(3);
        float[] d = new float[x.data().length];
        for (int i = 0; i < d.length; i++) {
            d[i] = op.apply(i / plane, x.data()[i]);
        }
        return new FloatTensor(x.shape(), d);
    }

    /** x[0, c0:c1, y0:y1, x0:x1]. */
    private static FloatTensor slice(FloatTensor x, int c0, int c1, int y0, int y1, int x0, int x1) {
        int h = x.dim(2);
        int w = x.dim(3);
        FloatTensor out = FloatTensor.zeros(1, c1 - c0, y1 - y0, x1 - x0);
        int i = 0;
        for (int c = c0; c < c1; c++) {
            for (int y = y0; y < y1; y++) {
                for (int xx = x0; xx < x1; xx++) {
                    out.data()[i++] = x.data()[(c * h + y) * w + xx];
                }
            }
        }
        return out;
    }

    private static float pixel(FloatTensor t, int c, int y, int x) {
        int h = t.dim(2);
        int w = t.dim(3);
        return t.data()[(c * h + Math.clamp(y, 0, h - 1)) * w + Math.clamp(x, 0, w - 1)];
    }

    /** ncnn's linear_coeffs, align_corner = 0: half-pixel centres, clamped at the borders. */
    private static FloatTensor bilinearNcnn(FloatTensor x, int oh, int ow) {
        int h = x.dim(2);
        int w = x.dim(3);
        FloatTensor out = FloatTensor.zeros(1, x.dim(1), oh, ow);
        for (int c = 0; c < x.dim(1); c++) {
            for (int oy = 0; oy < oh; oy++) {
                float[] ty = linear(oy, h, oh);
                for (int ox = 0; ox < ow; ox++) {
                    float[] tx = linear(ox, w, ow);
                    int sy = (int) ty[0];
                    int sx = (int) tx[0];
                    float v = (1 - ty[1]) * ((1 - tx[1]) * pixel(x, c, sy, sx) + tx[1] * pixel(x, c, sy, sx + 1))
                            + ty[1] * ((1 - tx[1]) * pixel(x, c, sy + 1, sx) + tx[1] * pixel(x, c, sy + 1, sx + 1));
                    out.data()[(c * oh + oy) * ow + ox] = v;
                }
            }
        }
        return out;
    }

    private static float[] linear(int d, int in, int out) {
        double scale = (double) in / out;
        float f = (float) ((d + 0.5) * scale - 0.5);
        int s = (int) Math.floor(f);
        f -= s;
        if (s < 0) {
            s = 0;
            f = 0;
        }
        if (s >= in - 1) {
            s = in - 2;
            f = 1;
        }
        return new float[] {s, f};
    }

}
