package dev.cutroom.plugin.upscale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ParameterValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The difference-guided temporal filter on the real x2 model: static noise steadied, motion untouched. */
class TemporalFilterTest {
    static InferenceSession x2;

    @BeforeAll
    static void open() {
        x2 = TestModels.open(2);
    }

    @AfterAll
    static void close() {
        x2.close();
    }

    static List<Frames.Image> enhance(List<Frames.Image> input, double smoothing) {
        Frames.Image first = input.getFirst();
        UpscalePlan plan = UpscalePlan.of(ParameterValues.of("scale", "2", "mode", "animation", "temporalSmoothing", smoothing), first.width(), first.height());
        var up = new UpscalePlugin.FrameUpscaler(plan, x2);
        List<Frames.Image> out = new ArrayList<>();
        for (Frames.Image f : input) {
            float[] planes = up.upscale(f.rgb(), f.width(), f.height(), () -> {});
            out.add(new Frames.Image(plan.width(), plan.height(), Planes.toRgb(planes, plan.width(), plan.height(), null)));
        }
        return out;
    }

    static List<Frames.Image> frames(int n, IntFunction<Frames.Image> f) {
        List<Frames.Image> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(f.apply(i));
        return out;
    }

    @Test
    void aStaticNoisyShotFlickersMuchLessWithSmoothing() {
        Frames.Image truth = Frames.areaDown(Frames.scene(96, 64, 0), 2); // 48x32
        Random rnd = new Random(5);
        List<Frames.Image> input = frames(8, i -> Frames.noisy(truth, 4, rnd));
        double raw = Frames.flicker(enhance(input, 0));
        double smooth = Frames.flicker(enhance(input, 0.6));
        double full = Frames.flicker(enhance(input, 1));
        double source = Frames.flicker(input.stream().map(f -> Frames.lanczos(f, 96, 64)).toList());
        System.out.printf("static noisy: flicker raw %.2f, smoothing 0.6 %.2f, 1.0 %.2f, Lanczos of the input %.2f levels%n", raw, smooth, full, source);
        assertThat(smooth).isLessThan(0.7 * raw);
        assertThat(full).isLessThan(smooth);
        assertThat(smooth).isLessThan(source); // no flicker beyond the source's
    }

    @Test
    void aMovingEdgeStaysAsSharpAsWithoutSmoothing() {
        // a dark bar moving 2 px a frame over a flat background, no noise
        List<Frames.Image> input = frames(8, i -> {
            int w = 48, h = 32;
            byte[] rgb = new byte[w * h * 3];
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                boolean bar = x >= 6 + 2 * i && x < 14 + 2 * i;
                int v = bar ? 30 : 200;
                int k = (y * w + x) * 3;
                rgb[k] = (byte) v; rgb[k + 1] = (byte) (v - 10); rgb[k + 2] = (byte) (v + 20);
            }
            return new Frames.Image(w, h, rgb);
        });
        List<Frames.Image> raw = enhance(input, 0);
        List<Frames.Image> smooth = enhance(input, 1);
        for (int i = 1; i < input.size(); i++) {
            double diff = Frames.mad(raw.get(i), smooth.get(i));
            double sharpRatio = Frames.sharpness(smooth.get(i)) / Frames.sharpness(raw.get(i));
            assertThat(diff).as("frame %d differs from the unsmoothed output by %.3f levels", i, diff).isLessThan(0.5);
            assertThat(sharpRatio).as("frame %d", i).isBetween(0.97, 1.03);
        }
        // the filter found no noise and blended almost nothing but the flat background
        assertThat(Frames.flicker(smooth)).isCloseTo(Frames.flicker(raw), org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void theNoiseLevelFollowsTheFootage() {
        Frames.Image still = Frames.areaDown(Frames.scene(64, 48, 0), 2);
        Random rnd = new Random(9);
        TemporalFilter f = new TemporalFilter(1);
        float[] out = new float[3 * 64 * 48];
        f.apply(Frames.noisy(still, 4, rnd).rgb(), 32, 24, out, 64, 48);
        f.apply(Frames.noisy(still, 4, rnd).rgb(), 32, 24, out, 64, 48);
        assertThat(f.lastNoise()).isBetween(2.5f, 4.5f); // the channel mean of n1 - n2 with sigma 4: 4 * sqrt(2/3) = 3.27
        assertThat(f.lastBlend()).isGreaterThan(0.8);
        TemporalFilter g = new TemporalFilter(1);
        g.apply(still.rgb(), 32, 24, out, 64, 48);
        g.apply(Frames.areaDown(Frames.scene(64, 48, 6), 2).rgb(), 32, 24, out, 64, 48); // a 3-pixel pan step
        assertThat(g.lastNoise()).isLessThan(1f);
        assertThat(g.lastBlend()).isLessThan(0.75 * TemporalFilter.MAX_BLEND);
        TemporalFilter off = new TemporalFilter(0);
        float[] before = out.clone();
        off.apply(still.rgb(), 32, 24, out, 64, 48);
        off.apply(Frames.noisy(still, 4, rnd).rgb(), 32, 24, out, 64, 48);
        assertThat(out).containsExactly(before);
    }
}
