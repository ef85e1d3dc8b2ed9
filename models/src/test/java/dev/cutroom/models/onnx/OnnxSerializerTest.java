package dev.cutroom.models.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.runtime.FloatTensor;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnnxSerializerTest {

    @Test
    void valueInfoWithFixedAndSymbolicDimsHasTheExpectedBytes() {
        ProtoWriter w = new ProtoWriter();
        OnnxSerializer.writeValueInfo(w, OnnxValueInfo.floatTensor("x", OnnxDim.of(3), OnnxDim.of("h")));
        // name "x"; type { tensor_type { elem_type 1; shape { dim {dim_value 3} dim {dim_param "h"} } } }
        assertThat(HexFormat.of().formatHex(w.toByteArray()))
                .isEqualTo("0a0178" + "120f" + "0a0d" + "0801" + "1209" + "0a020803" + "0a0312016" + "8");
    }

    @Test
    void serialisationIsDeterministic() {
        OnnxModel m = addModel(Map.of("b", "2", "a", "1"));
        assertThat(OnnxSerializer.toBytes(m)).isEqualTo(OnnxSerializer.toBytes(addModel(Map.of("a", "1", "b", "2"))));
    }

    @Test
    void onnxRuntimeRunsAWrittenModelWithInitializersAndAttributes() {
        FloatTensor x = TestRuntime.random(1, -1, 1, 1, 2, 3, 4);
        FloatTensor y = TestRuntime.run(addModel(Map.of("k", "v")), x).get(0);

        // y = leaky_relu(x + [0.5, -0.25] per channel, alpha 0.1)
        assertThat(y.shape()).containsExactly(1, 2, 3, 4);
        for (int i = 0; i < x.data().length; i++) {
            float v = x.data()[i] + (i < 12 ? 0.5f : -0.25f);
            assertThat(y.data()[i]).isCloseTo(v > 0 ? v : 0.1f * v, within(1e-6f));
        }
    }

    @Test
    void onnxRuntimeAcceptsIntsFloatsStringAndInt64Tensors() {
        // Transpose (ints attribute) then Reshape by an int64 initializer then Resize (string + float attrs)
        OnnxGraphBuilder g = new OnnxGraphBuilder("mixed");
        g.addInput(OnnxValueInfo.floatTensor("x", OnnxDim.of(1), OnnxDim.of(2), OnnxDim.of(3)));
        String t = g.op("Transpose", "t", List.of("x"), OnnxAttribute.ints("perm", 0, 2, 1));
        String r = g.op("Reshape", "r", List.of(t, g.addLongs("shape", 1, 1, 3, 2)));
        String scales = g.addFloats("scales", new long[] {4}, 1, 1, 2, 2);
        g.node("Resize", "up", List.of(r, "", scales), List.of("y"),
                OnnxAttribute.of("mode", "cubic"), OnnxAttribute.of("cubic_coeff_a", -0.5f));
        g.addOutput(new OnnxValueInfo("y", OnnxDataType.FLOAT, null));

        FloatTensor x = new FloatTensor(new long[] {1, 2, 3}, new float[] {1, 2, 3, 4, 5, 6});
        FloatTensor y = TestRuntime.run(OnnxModel.of(g.build(), "test", Map.of()), x).get(0);

        assertThat(y.shape()).containsExactly(1, 1, 6, 4);
        // nearest sample points of a cubic upscale on a ramp stay on the ramp (transposed: rows 1 4, 2 5, 3 6)
        assertThat(y.data()[0]).isCloseTo(1f, within(0.35f));
        assertThat(y.data()[23]).isCloseTo(6f, within(0.35f));
    }

    private static OnnxModel addModel(Map<String, String> metadata) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("add");
        g.addInput(OnnxValueInfo.floatTensor("x", OnnxDim.of("batch"), OnnxDim.of(2), OnnxDim.of("h"), OnnxDim.of("w")));
        String bias = g.addFloats("bias", new long[] {2, 1, 1}, 0.5f, -0.25f);
        String sum = g.op("Add", "add", List.of("x", bias));
        g.node("LeakyRelu", "act", List.of(sum), List.of("y"), OnnxAttribute.of("alpha", 0.1f));
        g.addOutput(OnnxValueInfo.floatTensor("y", OnnxDim.of("batch"), OnnxDim.of(2), OnnxDim.of("h"), OnnxDim.of("w")));
        return OnnxModel.of(g.build(), "test", metadata);
    }
}
