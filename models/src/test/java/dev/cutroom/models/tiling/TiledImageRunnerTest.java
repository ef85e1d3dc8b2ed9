package dev.cutroom.models.tiling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.onnx.OnnxAttribute;
import dev.cutroom.models.onnx.OnnxDim;
import dev.cutroom.models.onnx.OnnxGraphBuilder;
import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.onnx.OnnxSerializer;
import dev.cutroom.models.onnx.OnnxValueInfo;
import dev.cutroom.models.runtime.FloatTensor;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.models.runtime.TensorPredictor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiledImageRunnerTest {

    @TempDir
    Path dir;

    @Test
    void tiledEqualsUntiledForAnUpscalerWhenTheMarginCoversTheReceptiveField() throws Exception {
        // conv 3x3 (radius 1) then pixel shuffle x2; 50x70 frame, tiles of 24 in batches of 3
        try (LoadedModel m = load(convModel(3, 12, 3, 2)); TensorPredictor p = m.newPredictor()) {
            FloatTensor frame = TestRuntime.random(7, 0, 1, 1, 3, 50, 70);
            FloatTensor whole = p.predictOne(frame);
            List<long[]> calls = new ArrayList<>();

            FloatTensor tiled = new TiledImageRunner(new TilingOptions(24, 8, 2, 3)).run(frame, t -> {
                calls.add(t.shape());
                return p.predictOne(t);
            });

            assertThat(tiled.shape()).containsExactly(1, 3, 100, 140);
            assertThat(tiled.maxAbsDifference(whole)).isLessThan(1e-5f);
            // 3 rows x 4 columns of 24x24 tiles, 3 per call
            assertThat(calls).hasSize(4).allSatisfy(s -> assertThat(s).containsExactly(3, 3, 24, 24));
        }
    }

    @Test
    void aMarginSmallerThanTheReceptiveFieldShowsAsError() throws Exception {
        // 7x7 kernel (radius 3) with no margin: the zero padding at tile edges leaks into the result
        try (LoadedModel m = load(convModel(3, 1, 7, 1)); TensorPredictor p = m.newPredictor()) {
            FloatTensor frame = TestRuntime.random(8, 0, 1, 1, 3, 40, 40);
            FloatTensor whole = p.predictOne(frame);
            float leaky = new TiledImageRunner(new TilingOptions(20, 8, 0, 1)).run(frame, p::predictOne)
                    .maxAbsDifference(whole);
            float exact = new TiledImageRunner(new TilingOptions(20, 8, 3, 1)).run(frame, p::predictOne)
                    .maxAbsDifference(whole);
            assertThat(leaky).isGreaterThan(1e-3f);
            assertThat(exact).isLessThan(1e-5f);
        }
    }

    @Test
    void blendWeightsOfNeighboursSumToOneAcrossARegularOverlap() {
        TileGrid grid = TileGrid.of(100, 40, 16);
        assertThat(grid.starts()).containsExactly(0, 24, 48, 60);
        float[] a = grid.weights(0, 16, 4, 2);
        float[] b = grid.weights(1, 16, 4, 2);
        for (int u = 48; u < 80; u++) { // output samples of the overlap [24, 40) at scale 2
            assertThat(a[u] + b[u - 48]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-6f));
        }
        assertThat(a[0]).as("frame border is not feathered").isEqualTo(1f);
        assertThat(a[79]).as("inside the margin").isZero();
    }

    @Test
    void realUpscalerTiledMatchesUntiled() throws Exception {
        var descriptor = ModelCatalog.descriptor("realesr-animevideov3-x2");
        Path onnx = new ModelCache(Path.of("target", "model-cache")).onnxFile(descriptor);
        try (LoadedModel m = TestRuntime.RUNTIME.load(onnx); TensorPredictor p = m.newPredictor()) {
            FloatTensor frame = TestRuntime.random(9, 0, 1, 1, 3, 72, 72);
            FloatTensor whole = p.predictOne(frame);
            int r = descriptor.receptiveFieldRadius();
            FloatTensor tiled = new TiledImageRunner(new TilingOptions(56, 2 * r + 2, r, 2)).run(frame, p::predictOne);
            float err = tiled.maxAbsDifference(whole);
            System.out.printf("realesr x2 tiled vs untiled on 72x72: max error %.3g%n", err);
            assertThat(err).isLessThan(1e-4f);
        }
    }

    /** Conv (kernel k, "same" padding, random weights) then DepthToSpace by {@code scale}. */
    private static OnnxModel convModel(int in, int out, int k, int scale) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("conv");
        g.addInput(OnnxValueInfo.floatTensor("x", OnnxDim.of("n"), OnnxDim.of(in), OnnxDim.of("h"), OnnxDim.of("w")));
        String w = g.addFloats("w", new long[] {out, in, k, k},
                TestRuntime.random(3, -0.3f, 0.3f, out * in * k * k).data());
        String b = g.addFloats("b", new long[] {out}, TestRuntime.random(4, -0.1f, 0.1f, out).data());
        int pad = k / 2;
        String conv = g.op("Conv", "conv", List.of("x", w, b), OnnxAttribute.ints("kernel_shape", k, k),
                OnnxAttribute.ints("pads", pad, pad, pad, pad));
        if (scale > 1) {
            g.node("DepthToSpace", "d2s", List.of(conv), List.of("y"), OnnxAttribute.of("blocksize", (long) scale),
                    OnnxAttribute.of("mode", "CRD"));
        } else {
            g.node("Identity", "id", List.of(conv), List.of("y"));
        }
        g.addOutput(new OnnxValueInfo("y", dev.cutroom.models.onnx.OnnxDataType.FLOAT, null));
        return OnnxModel.of(g.build(), "test", Map.of());
    }

    private LoadedModel load(OnnxModel model) throws Exception {
        Path file = dir.resolve("m" + System.nanoTime() + ".onnx");
        OnnxSerializer.write(model, file);
        assertThat(Files.size(file)).isPositive();
        return TestRuntime.RUNTIME.load(file);
    }
}
