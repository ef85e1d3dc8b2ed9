package dev.cutroom.models.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.convert.NcnnReferenceForward.Blob;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.runtime.FloatTensor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The converted real weights, run by ONNX Runtime, against the independent plain-Java forward pass
 * of the ncnn graph.
 */
class RealEsrAnimeVideoV3ConversionTest {

    private static final ModelCache CACHE = new ModelCache(Path.of("target", "model-cache"));

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void onnxRuntimeMatchesTheReferenceForwardPass(int scale) {
        ModelDescriptor d = ModelCatalog.descriptor("realesr-animevideov3-x" + scale);
        OnnxModel onnx = CACHE.convert(d);
        // Non-square and not a multiple of 4, so transposed axes or off-by-one sizes show up.
        int h = 18;
        int w = 22;
        FloatTensor x = TestRuntime.random(scale, 0, 1, 1, 3, h, w);

        FloatTensor actual = TestRuntime.run(onnx, x).get(0);

        NcnnReferenceForward reference = new NcnnReferenceForward(
                new String(ModelCatalog.fileBytes(d.file("ncnn-param")), StandardCharsets.UTF_8),
                ModelCatalog.fileBytes(d.file("ncnn-bin")));
        Blob expected = reference.run(new Blob(3, h, w, x.data()), "output");
        assertThat(actual.shape()).containsExactly(1, 3, (long) h * scale, (long) w * scale);
        assertThat(new long[] {expected.c(), expected.h(), expected.w()})
                .containsExactly(3, (long) h * scale, (long) w * scale);

        float maxError = actual.maxAbsDifference(new FloatTensor(actual.shape(), expected.data()));
        System.out.printf("realesr-animevideov3-x%d: max |onnx - reference| = %.3g%n", scale, maxError);
        assertThat(maxError).isLessThan(1e-3f);
        assertThat(spread(expected.data())).as("the reference output is not trivially constant").isGreaterThan(0.3f);
    }

    private static float spread(float[] v) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float f : v) {
            min = Math.min(min, f);
            max = Math.max(max, f);
        }
        return max - min;
    }
}
