package dev.cutroom.plugin.soundtrack.loudness;

import java.util.ArrayList;
import java.util.List;

/**
 * Integrated loudness (LUFS) per ITU-R BS.1770-4 / EBU R128, and true peak per BS.1770 Annex 2.
 *
 * <p>Each channel is K-weighted; mean squares are taken over 400 ms blocks overlapping by 75 % (a new
 * block every 100 ms); a block's loudness is {@code -0.691 + 10 log10(sum G_i z_i)} with channel weights
 * G = 1 for left, right and centre (surround channels, 1.41, are not used here). Blocks below the absolute
 * gate of -70 LUFS are dropped, then those more than 10 LU below the loudness of the remaining ones; the
 * integrated loudness is that of the mean of what is left. Stateless; any thread.
 */
public final class LoudnessMeter {
    /** Loudness reported for silence (every block gated out). */
    public static final double SILENCE = Double.NEGATIVE_INFINITY;
    static final double ABSOLUTE_GATE = -70.0;
    static final double RELATIVE_GATE = -10.0;

    private LoudnessMeter() {}

    /** Integrated loudness of channel-planar samples (each {@code channels[c]} the same length). Any thread. */
    public static double integrated(float[][] channels, int sampleRate) {
        List<double[]> blocks = blockPowers(channels, sampleRate);
        double sumAbs = 0;
        int nAbs = 0;
        for (double[] b : blocks) {
            if (loudness(b[0]) > ABSOLUTE_GATE) { sumAbs += b[0]; nAbs++; }
        }
        if (nAbs == 0) return SILENCE;
        double relativeGate = loudness(sumAbs / nAbs) + RELATIVE_GATE;
        double sum = 0;
        int n = 0;
        for (double[] b : blocks) {
            double l = loudness(b[0]);
            if (l > ABSOLUTE_GATE && l > relativeGate) { sum += b[0]; n++; }
        }
        return n == 0 ? SILENCE : loudness(sum / n);
    }

    /** Integrated loudness of interleaved stereo. Any thread. */
    public static double integratedStereo(float[] interleaved, int sampleRate) {
        return integrated(planar(interleaved, 2), sampleRate);
    }

    /** Sum over channels of the K-weighted mean square of each 400 ms gating block. */
    static List<double[]> blockPowers(float[][] channels, int sampleRate) {
        int length = channels[0].length;
        int step = sampleRate / 10; // 100 ms hop; 400 ms blocks are four hops
        int hops = length / step;
        double[] hopPower = new double[hops];
        for (float[] ch : channels) {
            KWeighting k = new KWeighting(sampleRate);
            for (int h = 0; h < hops; h++) {
                double acc = 0;
                int from = h * step;
                for (int i = from; i < from + step; i++) {
                    double y = k.process(ch[i]);
                    acc += y * y;
                }
                hopPower[h] += acc; // channel weights are all 1 for L, R (and C)
            }
        }
        List<double[]> blocks = new ArrayList<>();
        for (int h = 0; h + 4 <= hops; h++) {
            double z = (hopPower[h] + hopPower[h + 1] + hopPower[h + 2] + hopPower[h + 3]) / (4.0 * step);
            blocks.add(new double[] {z});
        }
        return blocks;
    }

    static double loudness(double power) {
        return power <= 0 ? SILENCE : -0.691 + 10 * Math.log10(power);
    }

    /**
     * True peak in dBTP: the largest absolute value of the signal oversampled 4x (48-tap windowed-sinc
     * polyphase interpolator, 12 taps a phase), as BS.1770 Annex 2 describes. Any thread.
     */
    public static double truePeakDb(float[][] channels) {
        double peak = 0;
        for (float[] ch : channels) peak = Math.max(peak, TruePeak.peak(ch));
        return peak <= 0 ? SILENCE : 20 * Math.log10(peak);
    }

    /** De-interleaves. Any thread. */
    public static float[][] planar(float[] interleaved, int channels) {
        int frames = interleaved.length / channels;
        float[][] out = new float[channels][frames];
        for (int i = 0; i < frames; i++) for (int c = 0; c < channels; c++) out[c][i] = interleaved[i * channels + c];
        return out;
    }
}
