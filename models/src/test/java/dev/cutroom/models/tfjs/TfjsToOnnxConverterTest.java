package dev.cutroom.models.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.convert.UnsupportedLayerException;
import dev.cutroom.models.runtime.FloatTensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small hand-written TFJS graph exercising every layout-sensitive op (stride-2 SAME convolution on
 * even sizes, where TF pads asymmetrically; depthwise with multiplier 2; transposed convolution;
 * resize; pooling), converted and
 * run by ONNX Runtime, against the NHWC reference interpreter.
 */
class TfjsToOnnxConverterTest {

    @Test
    void convertedGraphMatchesTheNhwcReference() throws Exception {
        Graph g = new Graph();
        g.node("x", "Placeholder", List.of(), "\"shape\":{\"shape\":{\"dim\":[{\"size\":\"1\"},{\"size\":\"8\"},{\"size\":\"10\"},{\"size\":\"3\"}]}}");
        g.floats("conv/filter", new int[] {3, 3, 3, 4}, 1);
        g.floats("conv/bias", new int[] {4}, 2);
        g.floats("dw/filter", new int[] {3, 3, 4, 2}, 3);
        g.floats("k", new int[] {}, 4);
        g.ints("up/sizes", new int[] {1, 8, 10, 5});
        g.floats("up/filter", new int[] {3, 3, 5, 8}, 5);
        g.ints("resize/size", new int[] {16, 20});
        g.node("conv", "Conv2D", List.of("x", "conv/filter"), conv("SAME", 2));
        g.node("bias", "Add", List.of("conv", "conv/bias"), "");
        g.node("act", "Relu6", List.of("bias"), "");
        g.node("dw", "DepthwiseConv2dNative", List.of("act", "dw/filter"), conv("SAME", 1));
        g.node("scaled", "Mul", List.of("k", "dw"), "");
        g.node("up", "Conv2DBackpropInput", List.of("up/sizes", "up/filter", "scaled"), conv("SAME", 2));
        g.node("resize", "ResizeBilinear", List.of("up", "resize/size"), "\"half_pixel_centers\":{\"b\":true}");
        g.node("pool", "AvgPool", List.of("resize"), "\"ksize\":{\"list\":{\"i\":[\"1\",\"2\",\"2\",\"1\"]}},"
                + "\"strides\":{\"list\":{\"i\":[\"1\",\"2\",\"2\",\"1\"]}},\"padding\":{\"s\":\"" + b64("VALID") + "\"}");
        g.node("sum", "AddN", List.of("pool", "up"), "");
        g.node("out", "Sigmoid", List.of("sum"), "");
        TfjsGraph graph = TfjsModelReader.read(g.json("x", "out"), shard -> g.bin());

        FloatTensor x = TestRuntime.random(30, -1, 1, 1, 3, 8, 10);
        FloatTensor actual = TestRuntime.run(new TfjsToOnnxConverter().convert(graph, "tfjs-test", Map.of()), x).get(0);

        // checking the pre-sigmoid sum keeps errors visible; the graph output checks the sigmoid too
        TfjsReferenceInterpreter ref = new TfjsReferenceInterpreter(graph);
        TfjsReferenceInterpreter.T expected = ref.run(new TfjsReferenceInterpreter.T(new int[] {1, 8, 10, 3}, toNhwc(x)), "out");
        assertThat(actual.shape()).containsExactly(1, 5, 8, 10);
        assertThat(actual.maxAbsDifference(new FloatTensor(actual.shape(), toNchw(expected)))).isLessThan(1e-5f);

        TfjsGraph toSum = new TfjsGraph(graph.nodes(), graph.weights(), graph.inputs(), List.of("sum"));
        FloatTensor sum = TestRuntime.run(new TfjsToOnnxConverter().convert(toSum, "sum", Map.of()), x).get(0);
        TfjsReferenceInterpreter.T expectedSum = ref.run(new TfjsReferenceInterpreter.T(new int[] {1, 8, 10, 3}, toNhwc(x)), "sum");
        assertThat(sum.maxAbsDifference(new FloatTensor(sum.shape(), toNchw(expectedSum)))).isLessThan(1e-4f);
    }

    @Test
    void unsupportedOpsAreListed() throws Exception {
        Graph g = new Graph();
        g.node("x", "Placeholder", List.of(), "\"shape\":{\"shape\":{\"dim\":[{\"size\":\"1\"},{\"size\":\"2\"},{\"size\":\"2\"},{\"size\":\"1\"}]}}");
        g.node("y", "Softmax", List.of("x"), "");
        TfjsGraph graph = TfjsModelReader.read(g.json("x", "y"), shard -> g.bin());
        assertThatThrownBy(() -> new TfjsToOnnxConverter().convert(graph, "t", Map.of()))
                .isInstanceOf(UnsupportedLayerException.class).hasMessageContaining("Softmax");
    }

    private static String conv(String padding, int stride) {
        return "\"strides\":{\"list\":{\"i\":[\"1\",\"" + stride + "\",\"" + stride + "\",\"1\"]}},"
                + "\"padding\":{\"s\":\"" + b64(padding) + "\"},\"data_format\":{\"s\":\"" + b64("NHWC") + "\"}";
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static float[] toNhwc(FloatTensor t) {
        int c = t.dim(1);
        int plane = t.dim(2) * t.dim(3);
        float[] out = new float[t.data().length];
        for (int ch = 0; ch < c; ch++) {
            for (int p = 0; p < plane; p++) {
                out[p * c + ch] = t.data()[ch * plane + p];
            }
        }
        return out;
    }

    private static float[] toNchw(TfjsReferenceInterpreter.T t) {
        int c = t.c();
        int plane = t.h() * t.w();
        float[] out = new float[t.d().length];
        for (int ch = 0; ch < c; ch++) {
            for (int p = 0; p < plane; p++) {
                out[ch * plane + p] = t.d()[p * c + ch];
            }
        }
        return out;
    }

    /** Builds a TFJS graph-model JSON and its single float32/int32 weight shard. */
    private static final class Graph {
        private final List<String> nodes = new ArrayList<>();
        private final List<String> manifest = new ArrayList<>();
        private final java.io.ByteArrayOutputStream bin = new java.io.ByteArrayOutputStream();

        void node(String name, String op, List<String> inputs, String attrs) {
            String in = inputs.stream().map(i -> "\"" + i + "\"").reduce((a, b) -> a + "," + b).orElse("");
            nodes.add("{\"name\":\"" + name + "\",\"op\":\"" + op + "\",\"input\":[" + in + "],\"attr\":{" + attrs + "}}");
        }

        void floats(String name, int[] shape, long seed) {
            int n = java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            float[] v = TestRuntime.random(seed, -0.5f, 0.5f, n).data();
            ByteBuffer b = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(v);
            constant(name, shape, "float32", b.array());
        }

        void ints(String name, int[] values) {
            ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
            b.asIntBuffer().put(values);
            constant(name, new int[] {values.length}, "int32", b.array());
        }

        private void constant(String name, int[] shape, String dtype, byte[] bytes) {
            node(name, "Const", List.of(), "");
            manifest.add("{\"name\":\"" + name + "\",\"shape\":" + java.util.Arrays.toString(shape) + ",\"dtype\":\"" + dtype + "\"}");
            bin.writeBytes(bytes);
        }

        byte[] json(String input, String output) {
            return ("{\"format\":\"graph-model\",\"modelTopology\":{\"node\":[" + String.join(",", nodes) + "]},"
                    + "\"signature\":{\"inputs\":{\"" + input + ":0\":{}},\"outputs\":{\"" + output + ":0\":{}}},"
                    + "\"weightsManifest\":[{\"paths\":[\"w.bin\"],\"weights\":[" + String.join(",", manifest) + "]}]}")
                    .getBytes(StandardCharsets.UTF_8);
        }

        byte[] bin() {
            return bin.toByteArray();
        }
    }
}
