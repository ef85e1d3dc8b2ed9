package dev.cutroom.plugin.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.plugin.api.JobCancelledException;
import dev.cutroom.plugin.api.Tensor;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tiling with a stand-in model whose receptive field is known: results equal an untiled run. */
class TiledUpscalerTest {
    /** x2: a 5x5 box blur (radius 2, zero padding like a convolution) then nearest-neighbour upsampling. */
    static Tensor blurAndDouble(Tensor t) {
        int b = t.dim(0), c = t.dim(1), h = t.dim(2), w = t.dim(3);
        float[] out = new float[b * c * h * 2 * w * 2];
        for (int n = 0; n < b * c; n++) {
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                float s = 0;
                for (int dy = -2; dy <= 2; dy++) for (int dx = -2; dx <= 2; dx++) {
                    int yy = y + dy, xx = x + dx;
                    if (yy >= 0 && yy < h && xx >= 0 && xx < w) s += t.data()[(n * h + yy) * w + xx];
                }
                for (int k = 0; k < 4; k++) out[(n * 2 * h + 2 * y + k / 2) * 2 * w + 2 * x + k % 2] = s / 25 + 0.3f;
            }
        }
        return new Tensor(new long[] {b, c, 2L * h, 2L * w}, out);
    }

    @Test
    void theBalancedGridUsesFewEqualTilesThatCoverTheFrameWithTheOverlap() {
        TiledUpscaler.Axis a = TiledUpscaler.Axis.of(640, 512, 46);
        assertThat(a.starts()).hasSize(2);
        assertThat(a.window()).isLessThanOrEqualTo(512);
        assertThat(a.starts()[0]).isZero();
        assertThat(a.starts()[1] + a.window()).isEqualTo(640);
        assertThat(a.minOverlap()).isGreaterThanOrEqualTo(46);
        for (int size = 50; size < 900; size += 7) {
            TiledUpscaler.Axis g = TiledUpscaler.Axis.of(size, 128, 46);
            assertThat(g.starts()[g.starts().length - 1] + g.window()).isEqualTo(size);
            assertThat(g.window()).isLessThanOrEqualTo(Math.min(size, 128));
            if (g.starts().length > 1) assertThat(g.minOverlap()).as("size %d", size).isGreaterThanOrEqualTo(46);
        }
        assertThat(new TiledUpscaler(512, 19, 4).tileCount(640, 360)).isEqualTo(2);
    }

    @Test
    void tiledEqualsUntiledWhenTheMarginCoversTheReceptiveField() {
        Random rnd = new Random(1);
        int w = 61, h = 43;
        float[] img = new float[3 * w * h];
        for (int i = 0; i < img.length; i++) img[i] = rnd.nextFloat() * 0.5f;
        AtomicInteger calls = new AtomicInteger();
        float[] whole = new TiledUpscaler(512, 2, 4).upscale(img, w, h, 2, TiledUpscalerTest::blurAndDouble, () -> {});
        float[] tiled = new TiledUpscaler(20, 2, 3).upscale(img, w, h, 2, t -> {
            calls.incrementAndGet();
            return blurAndDouble(t);
        }, () -> {});
        assertThat(new TiledUpscaler(20, 2, 3).tileCount(w, h)).isGreaterThan(6);
        assertThat(calls.get()).isGreaterThan(2); // batched: fewer calls than tiles
        for (int i = 0; i < whole.length; i++) assertThat(tiled[i]).isCloseTo(whole[i], within(1e-5f));
        // with a margin smaller than the receptive field the seams show
        float[] seams = new TiledUpscaler(20, 0, 3).upscale(img, w, h, 2, TiledUpscalerTest::blurAndDouble, () -> {});
        double worst = 0;
        for (int i = 0; i < whole.length; i++) worst = Math.max(worst, Math.abs(seams[i] - whole[i]));
        assertThat(worst).isGreaterThan(1e-3);
    }

    @Test
    void outputIsClampedAndCancellationStopsBetweenTileBatches() {
        int w = 60, h = 40;
        float[] img = new float[3 * w * h];
        java.util.Arrays.fill(img, 0.9f);
        float[] out = new TiledUpscaler(512, 2, 4).upscale(img, w, h, 2, TiledUpscalerTest::blurAndDouble, () -> {});
        for (float v : out) assertThat(v).isBetween(0f, 1f);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> new TiledUpscaler(20, 2, 1).upscale(img, w, h, 2, t -> {
            calls.incrementAndGet();
            return blurAndDouble(t);
        }, () -> {
            if (checks.incrementAndGet() > 2) throw new JobCancelledException();
        })).isInstanceOf(JobCancelledException.class);
        assertThat(calls.get()).isEqualTo(2);
    }
}
