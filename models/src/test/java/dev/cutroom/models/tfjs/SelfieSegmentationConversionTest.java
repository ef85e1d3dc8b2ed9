package dev.cutroom.models.tfjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.ModelSource;
import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.runtime.FloatTensor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * MediaPipe selfie segmentation converted from TFJS (NHWC) to ONNX (NCHW), against the independent
 * NHWC interpreter (built-in weights, committed under {@code weights/mediapipe-selfie-segmentation}).
 */
class SelfieSegmentationConversionTest {

    /** The logits before the final sigmoid: large, signed values, unlike a saturated mask. */
    private static final String LOGITS = "segment_add";

    @Test
    void onnxRuntimeMatchesTheNhwcReference() throws Exception {
        ModelDescriptor d = ModelCatalog.descriptor("mediapipe-selfie-segmentation");
        ModelSource source = ModelSource.builtIn();
        OnnxModel onnx = new ModelCache(Path.of("target", "model-cache")).convert(d, source);
        TfjsGraph graph = TfjsModelReader.read(source.read(d.file("tfjs-model")), shard -> source.read(d.file("tfjs-weights")));

        int size = 256;
        FloatTensor nchw = TestRuntime.random(21, 0, 1, 1, 3, size, size);
        long t0 = System.nanoTime();
        FloatTensor mask = TestRuntime.run(onnx, nchw).get(0);
        System.out.printf("selfie 256x256 load+run %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        float[] nhwc = new float[nchw.data().length];
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < size * size; p++) {
                nhwc[p * 3 + c] = nchw.data()[c * size * size + p];
            }
        }
        TfjsReferenceInterpreter.T expected = new TfjsReferenceInterpreter(graph)
                .run(new TfjsReferenceInterpreter.T(new int[] {1, size, size, 3}, nhwc), graph.outputs().get(0));

        assertThat(mask.shape()).containsExactly(1, 1, size, size);
        assertThat(expected.shape()).containsExactly(1, size, size, 1);
        float err = mask.maxAbsDifference(new FloatTensor(mask.shape(), expected.d()));
        float min = 1;
        float max = 0;
        for (float v : mask.data()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        System.out.printf("selfie: max |onnx - reference| = %.3g, mask range [%.3f, %.3f]%n", err, min, max);
        assertThat(err).isLessThan(1e-4f);
        assertThat(min).isGreaterThanOrEqualTo(0f);
        assertThat(max).isLessThanOrEqualTo(1f);

        // The same comparison on the logits, where a wrong layout cannot hide behind sigmoid saturation.
        TfjsGraph toLogits = new TfjsGraph(graph.nodes(), graph.weights(), graph.inputs(), java.util.List.of(LOGITS));
        FloatTensor logits = TestRuntime.run(new TfjsToOnnxConverter().convert(toLogits, "logits", java.util.Map.of()), nchw).get(0);
        TfjsReferenceInterpreter.T expectedLogits = new TfjsReferenceInterpreter(graph)
                .run(new TfjsReferenceInterpreter.T(new int[] {1, size, size, 3}, nhwc), LOGITS);
        float logitErr = logits.maxAbsDifference(new FloatTensor(logits.shape(), expectedLogits.d()));
        float spread = 0;
        for (float v : expectedLogits.d()) {
            spread = Math.max(spread, Math.abs(v));
        }
        System.out.printf("selfie logits: max |onnx - reference| = %.3g, max |logit| = %.1f%n", logitErr, spread);
        assertThat(spread).isGreaterThan(1f);
        assertThat(logitErr).isLessThan(1e-4f * spread);
    }
}
