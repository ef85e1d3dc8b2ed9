package dev.cutroom.models.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.ModelSource;
import dev.cutroom.models.runtime.FloatTensor;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.models.runtime.TensorPredictor;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RIFE v4.6 converted from ncnn (built-in weights, committed under {@code weights/rife-v4.6}).
 */
class RifeConversionTest {

    private static final int SIZE = 64;
    private static Path onnx;

    @BeforeAll
    static void convert() {
        ModelDescriptor d = ModelCatalog.descriptor("rife-v4.6");
        onnx = new ModelCache(Path.of("target", "model-cache")).onnxFile(d, ModelSource.builtIn());
    }

    @Test
    void interpolatingAFrameWithItselfGivesTheFrame() {
        FloatTensor frame = pattern(0);
        try (LoadedModel m = TestRuntime.RUNTIME.load(onnx); TensorPredictor p = m.newPredictor()) {
            FloatTensor mid = p.predict(frame, frame, timestep(0.5f)).get(0);
            assertThat(mid.shape()).containsExactly(1, 3, SIZE, SIZE);
            float err = mid.maxAbsDifference(frame);
            System.out.printf("RIFE same-frame max error %.4f%n", err);
            assertThat(err).isLessThan(0.02f);
        }
    }

    @Test
    void theMiddleOfACameraPanBeatsABlend() {
        FloatTensor f0 = pattern(0);
        FloatTensor f1 = pattern(6);
        FloatTensor truth = pattern(3);
        FloatTensor blend = FloatTensor.zeros(1, 3, SIZE, SIZE);
        for (int i = 0; i < blend.data().length; i++) {
            blend.data()[i] = 0.5f * (f0.data()[i] + f1.data()[i]);
        }
        try (LoadedModel m = TestRuntime.RUNTIME.load(onnx); TensorPredictor p = m.newPredictor()) {
            long t0 = System.nanoTime();
            FloatTensor mid = p.predict(f0, f1, timestep(0.5f)).get(0);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            double rife = psnrInside(mid, truth, 8);
            double mix = psnrInside(blend, truth, 8);
            System.out.printf("RIFE pan 64x64: %.1f dB vs blend %.1f dB (%d ms)%n", rife, mix, ms);
            assertThat(rife).isGreaterThan(mix + 5);
        }
    }

    private static FloatTensor timestep(float t) {
        FloatTensor ts = FloatTensor.zeros(1, 1, SIZE, SIZE);
        java.util.Arrays.fill(ts.data(), t);
        return ts;
    }

    /** A smooth, textured scene shifted right by {@code dx} pixels (continuous, so any shift is exact). */
    private static FloatTensor pattern(double dx) {
        FloatTensor t = FloatTensor.zeros(1, 3, SIZE, SIZE);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    double u = x - dx;
                    double v = 0.5 + 0.2 * Math.sin(u * 0.21 + c) * Math.cos(y * 0.17 - c)
                            + 0.15 * Math.sin((u + 2 * y) * 0.09 + 2 * c)
                            + 0.1 * Math.exp(-((u - 30) * (u - 30) + (y - 28) * (y - 28)) / 40.0);
                    t.data()[(c * SIZE + y) * SIZE + x] = (float) v;
                }
            }
        }
        return t;
    }

    private static double psnrInside(FloatTensor a, FloatTensor b, int border) {
        double se = 0;
        int n = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = border; y < SIZE - border; y++) {
                for (int x = border; x < SIZE - border; x++) {
                    int i = (c * SIZE + y) * SIZE + x;
                    double d = a.data()[i] - b.data()[i];
                    se += d * d;
                    n++;
                }
            }
        }
        return 10 * Math.log10(1 / (se / n));
    }
}
