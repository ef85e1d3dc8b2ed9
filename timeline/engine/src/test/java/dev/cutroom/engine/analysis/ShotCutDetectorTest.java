package dev.cutroom.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared shot-cut detector on small synthetic frames: each rule on its own. */
class ShotCutDetectorTest {
    static final int W = 64, H = 36;

    /** A smooth colourful texture seen from horizontal offset {@code dx}. */
    static byte[] texture(int seed, double dx) {
        byte[] rgb = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double u = (x + dx) / 7.0, v = y / 5.0;
                int i = (y * W + x) * 3;
                rgb[i] = (byte) (128 + 100 * Math.sin(u + seed * 1.7) * Math.cos(v * 0.7 + seed));
                rgb[i + 1] = (byte) (128 + 100 * Math.sin(u * 0.6 + v + seed * 2.3));
                rgb[i + 2] = (byte) (40 * seed % 160 + 40 + 40 * Math.cos(u * 1.3 - v)); // each seed its own tint
            }
        }
        return rgb;
    }

    static ShotCutDetector detector() {
        return new ShotCutDetector(ShotCutDetector.Settings.of(0.5, 8));
    }

    @Test
    void aHardCutBetweenTwoPannedShotsIsFoundOnItsFrame() {
        ShotCutDetector d = detector();
        for (int f = 0; f < 40; f++) d.add(f < 25 ? texture(1, f * 0.8) : texture(4, f * 0.8), W, H);
        assertEquals(List.of(25), d.cutFrames());
        assertEquals(ShotBoundary.Kind.HARD, d.cuts().getFirst().kind());
    }

    @Test
    void aFlashThatReturnsToTheSamePictureIsNotACut() {
        ShotCutDetector d = detector();
        byte[] white = new byte[W * H * 3];
        java.util.Arrays.fill(white, (byte) 250);
        for (int f = 0; f < 40; f++) d.add(f == 20 || f == 21 ? white : texture(2, f * 0.5), W, H);
        assertEquals(List.of(), d.cutFrames());
    }

    @Test
    void aWhipPanIsNotACut() {
        ShotCutDetector d = detector();
        for (int f = 0; f < 40; f++) {
            double dx = f < 18 ? 0 : f < 24 ? (f - 18) * 12 : 72; // 12 px a frame for six frames
            d.add(texture(3, dx), W, H);
        }
        assertEquals(List.of(), d.cutFrames());
    }

    @Test
    void anEvenMixFromOneShotToAnotherIsADissolve() {
        ShotCutDetector d = detector();
        byte[] a = texture(1, 0), b = texture(5, 0);
        for (int f = 0; f < 50; f++) {
            double t = Math.max(0, Math.min(1, (f - 19) / 13.0)); // frames 20..31 are blends
            byte[] mix = new byte[a.length];
            for (int i = 0; i < mix.length; i++) mix[i] = (byte) Math.round((1 - t) * (a[i] & 0xff) + t * (b[i] & 0xff));
            d.add(mix, W, H);
        }
        List<ShotBoundary> cuts = d.cuts();
        assertEquals(1, cuts.size(), cuts.toString());
        assertEquals(ShotBoundary.Kind.DISSOLVE, cuts.getFirst().kind());
        int frame = cuts.getFirst().frame();
        assertTrue(frame >= 20 && frame <= 31, "inside the blend: " + cuts); // how the quality bench scores it
    }
}
