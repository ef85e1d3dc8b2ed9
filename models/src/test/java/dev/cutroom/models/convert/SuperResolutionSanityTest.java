package dev.cutroom.models.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.models.TestRuntime;
import dev.cutroom.models.convert.NcnnReferenceForward.Blob;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.runtime.FloatTensor;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.models.runtime.TensorPredictor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The real x2 model on an image-like input behaves like a super-resolution network. */
class SuperResolutionSanityTest {

    @Test
    void x2UpscalesAGradientWithEdgesCloseToBicubic() {
        Path onnx = new ModelCache(Path.of("target", "model-cache"))
                .onnxFile(ModelCatalog.descriptor("realesr-animevideov3-x2"));
        FloatTensor image = gradientWithEdges(48, 48);
        try (LoadedModel m = TestRuntime.RUNTIME.load(onnx); TensorPredictor p = m.newPredictor()) {
            FloatTensor up = p.predictOne(image);

            assertThat(up.shape()).containsExactly(1, 3, 96, 96);
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (float v : up.data()) {
                assertThat(Float.isFinite(v)).isTrue();
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertThat(min).isGreaterThan(-0.1f);
            assertThat(max).isLessThan(1.1f);

            Blob bicubic = NcnnReferenceForward.interp(new Blob(3, 48, 48, image.data()), 3, 2f, 2f);
            double meanDiff = Math.abs(mean(up.data()) - mean(bicubic.data()));
            double psnr = psnr(up.data(), bicubic.data());
            System.out.printf("x2 vs bicubic on 48x48 gradient: mean diff %.4f, PSNR %.1f dB, range [%.3f, %.3f]%n",
                    meanDiff, psnr, min, max);
            assertThat(meanDiff).isLessThan(0.02);
            assertThat(psnr).as("close to bicubic overall, sharper at edges").isGreaterThan(25);

            long start = System.nanoTime();
            FloatTensor frame = TestRuntime.random(5, 0, 1, 1, 3, 128, 128);
            p.predictOne(frame);
            long warm = System.nanoTime();
            p.predictOne(frame);
            long end = System.nanoTime();
            System.out.printf("x2 on 128x128 (%s): first %d ms, second %d ms%n", m.deviceName(),
                    (warm - start) / 1_000_000, (end - warm) / 1_000_000);
        }
    }

    /** A horizontal colour ramp with a bright disc and a dark vertical bar: smooth areas and hard edges. */
    static FloatTensor gradientWithEdges(int h, int w) {
        FloatTensor t = FloatTensor.zeros(1, 3, h, w);
        float[] d = t.data();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float r = 0.1f + 0.8f * x / (w - 1);
                float g = 0.2f + 0.6f * y / (h - 1);
                float b = 0.5f;
                double dist = Math.hypot(x - w * 0.35, y - h * 0.5);
                if (dist < h * 0.2) {
                    r = g = b = 0.95f;
                }
                if (x >= w * 3 / 4 && x < w * 3 / 4 + 4) {
                    r = g = b = 0.05f;
                }
                d[(0 * h + y) * w + x] = r;
                d[(1 * h + y) * w + x] = g;
                d[(2 * h + y) * w + x] = b;
            }
        }
        return t;
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f;
        }
        return s / v.length;
    }

    private static double psnr(float[] a, float[] b) {
        double se = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.clamp(a[i], 0f, 1f) - Math.clamp(b[i], 0f, 1f);
            se += d * d;
        }
        return 10 * Math.log10(1 / (se / a.length));
    }
}
