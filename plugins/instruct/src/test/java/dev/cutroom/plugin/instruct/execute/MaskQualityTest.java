package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background mask quality with the real selfie model on generated frames whose person mask is known (a drawn
 * person-like figure, see {@link Scenes}; not a photograph). Prints IoU and flicker; the bench repeats it longer.
 */
public class MaskQualityTest {
    @TempDir
    Path dir;

    /** IoU of the mask (thresholded at 0.5) against the drawn figure, and mean |mask change| between frames of a still scene. */
    public static double[] measure(int w, int h, int frames, boolean smoothing) throws Exception {
        boolean[] truth = new boolean[w * h];
        RgbImage still = Scenes.rgb(Scenes.person(w, h, 0.5, truth));
        java.util.Random noise = new java.util.Random(7);
        DirectContext ctx = new DirectContext(Path.of(System.getProperty("java.io.tmpdir")));
        double iouSum = 0, flickerSum = 0;
        float[] previous = null;
        try (PersonMasks masks = new PersonMasks(ctx.models().open(PersonMasks.MODEL))) {
            PersonMasks.Smoothing.set(masks, smoothing);
            for (int k = 0; k < frames; k++) {
                // sensor-like noise, different every frame, as a camera gives on a still scene
                RgbImage f = still.copy();
                for (int i = 0; i < f.pixels().length; i++) {
                    int v = (f.pixels()[i] & 0xff) + (int) Math.round(noise.nextGaussian() * 4);
                    f.pixels()[i] = (byte) Math.max(0, Math.min(255, v));
                }
                float[] m = masks.full(f, k);
                int inter = 0, union = 0;
                for (int p = 0; p < m.length; p++) {
                    boolean a = m[p] >= 0.5f;
                    if (a && truth[p]) inter++;
                    if (a || truth[p]) union++;
                }
                iouSum += (double) inter / union;
                if (previous != null) {
                    double d = 0;
                    for (int p = 0; p < m.length; p++) d += Math.abs(m[p] - previous[p]);
                    flickerSum += d / m.length;
                }
                previous = m;
            }
        }
        return new double[] {iouSum / frames, flickerSum / (frames - 1)};
    }

    @Test
    void theSelfieModelFindsTheDrawnPersonAndSmoothingCutsFlicker() throws Exception {
        double[] smoothed = measure(320, 180, 12, true);
        double[] raw = measure(320, 180, 12, false);
        System.out.printf("mask on a drawn figure, 320x180, 12 noisy still frames: IoU %.3f (raw %.3f), flicker %.5f (raw %.5f)%n",
                smoothed[0], raw[0], smoothed[1], raw[1]);
        assertThat(smoothed[0]).as("IoU").isGreaterThan(0.85);
        assertThat(smoothed[1]).as("smoothing lowers flicker").isLessThan(raw[1]);
    }
}
