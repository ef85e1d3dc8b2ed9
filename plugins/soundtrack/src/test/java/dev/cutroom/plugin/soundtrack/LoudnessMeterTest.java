package dev.cutroom.plugin.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.plugin.soundtrack.loudness.LoudnessMeter;
import dev.cutroom.plugin.soundtrack.loudness.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * BS.1770-4 / EBU Tech 3341 reference signals. The meter's zero is defined so that a 0 dBFS 1 kHz sine in one
 * front channel reads -3.01 LKFS; a 1 kHz sine at -20 dBFS (peak) in both channels of a stereo signal reads
 * -20.0 LUFS (not -23: EBU 3341's "-23 LUFS" case is the sine at -23 dBFS in both channels).
 */
class LoudnessMeterTest {
    static final int RATE = 48000;

    static float[][] sine(double seconds, double dbfs, double hz, boolean stereo) {
        int n = (int) Math.round(seconds * RATE);
        float[][] x = new float[2][n];
        double a = Math.pow(10, dbfs / 20);
        for (int i = 0; i < n; i++) {
            x[0][i] = (float) (a * Math.sin(2 * Math.PI * hz * i / RATE));
            if (stereo) x[1][i] = x[0][i];
        }
        return x;
    }

    static float[][] concat(float[][]... parts) {
        int n = 0;
        for (float[][] p : parts) n += p[0].length;
        float[][] out = new float[2][n];
        int at = 0;
        for (float[][] p : parts) {
            for (int c = 0; c < 2; c++) System.arraycopy(p[c], 0, out[c], at, p[c].length);
            at += p[0].length;
        }
        return out;
    }

    @Test
    void kWeightingMatchesTheRecommendationsTableAt48kHz() throws Exception {
        var k = new dev.cutroom.plugin.soundtrack.loudness.KWeighting(48000);
        var shelfB = field(k, "shelfB");
        var shelfA = field(k, "shelfA");
        var hpA = field(k, "hpA");
        assertThat(shelfB[0]).isCloseTo(1.53512485958697, within(1e-10));
        assertThat(shelfB[1]).isCloseTo(-2.69169618940638, within(1e-10));
        assertThat(shelfB[2]).isCloseTo(1.19839281085285, within(1e-10));
        assertThat(shelfA[1]).isCloseTo(-1.69065929318241, within(1e-10));
        assertThat(shelfA[2]).isCloseTo(0.73248077421585, within(1e-10));
        assertThat(hpA[1]).isCloseTo(-1.99004745483398, within(1e-10));
        assertThat(hpA[2]).isCloseTo(0.99007225036621, within(1e-10));
    }

    private static double[] field(Object o, String name) throws Exception {
        var f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return (double[]) f.get(o);
    }

    @Test
    void referenceSines() {
        assertThat(LoudnessMeter.integrated(sine(10, 0, 1000, false), RATE)).isCloseTo(-3.01, within(0.05));
        assertThat(LoudnessMeter.integrated(sine(10, -20, 1000, true), RATE)).isCloseTo(-20.0, within(0.05));
        // EBU Tech 3341 cases 1 and 2
        assertThat(LoudnessMeter.integrated(sine(20, -23, 1000, true), RATE)).isCloseTo(-23.0, within(0.1));
        assertThat(LoudnessMeter.integrated(sine(20, -33, 1000, true), RATE)).isCloseTo(-33.0, within(0.1));
    }

    @Test
    void gatingEbu3341Cases3To5() {
        // case 3: -36 / -23 / -36 dBFS for 10 / 60 / 10 s -> -23.0 (relative gate drops the quiet parts)
        float[][] c3 = concat(sine(10, -36, 1000, true), sine(60, -23, 1000, true), sine(10, -36, 1000, true));
        assertThat(LoudnessMeter.integrated(c3, RATE)).isCloseTo(-23.0, within(0.1));
        // case 5: -26 / -20 / -26 dBFS for 20 / 20.1 / 20 s -> -23.0
        float[][] c5 = concat(sine(20, -26, 1000, true), sine(20.1, -20, 1000, true), sine(20, -26, 1000, true));
        assertThat(LoudnessMeter.integrated(c5, RATE)).isCloseTo(-23.0, within(0.1));
        // case 4: -72 / -36 / -23 / -36 / -72 -> -23.0 (absolute gate too)
        float[][] c4 = concat(sine(10, -72, 1000, true), sine(10, -36, 1000, true), sine(60, -23, 1000, true),
                sine(10, -36, 1000, true), sine(10, -72, 1000, true));
        assertThat(LoudnessMeter.integrated(c4, RATE)).isCloseTo(-23.0, within(0.1));
        assertThat(LoudnessMeter.integrated(new float[2][RATE * 2], RATE)).isEqualTo(LoudnessMeter.SILENCE);
    }

    @Test
    void truePeakSeesInterSamplePeaks() {
        // a sine at a quarter of the rate, phased 45 degrees: samples peak at 0.707, the wave at 1.0
        int n = RATE;
        float[][] x = new float[1][n];
        for (int i = 0; i < n; i++) x[0][i] = (float) Math.sin(2 * Math.PI * i / 4 + Math.PI / 4);
        assertThat(LoudnessMeter.truePeakDb(x)).isCloseTo(0.0, within(0.3));
    }

    @Test
    void normalisationHitsTheTargetAndKeepsTruePeaksUnderTheCeiling() {
        SplittableRandom r = new SplittableRandom(3);
        float[][] music = new float[2][RATE * 8];
        for (int i = 0; i < music[0].length; i++) { // decaying clicks over a tone: peaky material that needs the limiter
            double v = 0.05 * Math.sin(2 * Math.PI * 220 * i / RATE) + (i % 12000 < 200 ? 0.6 * (r.nextDouble() - 0.5) : 0);
            music[0][i] = (float) v;
            music[1][i] = (float) (v * 0.8);
        }
        for (double target : new double[] {-16, -23, -12}) {
            float[][] x = {music[0].clone(), music[1].clone()};
            Normalizer.Result res = Normalizer.normalise(x, RATE, target, -1);
            assertThat(LoudnessMeter.integrated(x, RATE)).isCloseTo(target, within(0.5));
            assertThat(res.measuredAfter()).isCloseTo(target, within(0.5));
            assertThat(LoudnessMeter.truePeakDb(x)).isLessThanOrEqualTo(-0.9);
        }
    }
}
