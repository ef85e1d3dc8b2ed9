package dev.cutroom.plugin.soundtrack.loudness;

/**
 * Brings a mix to a target integrated loudness and keeps its true peak under a ceiling: a gain, then a
 * look-ahead limiter driven by the 4x oversampled peak envelope where the gain would push peaks over, then
 * a small make-up correction measured again (the limiter lowers loudness slightly). Any thread.
 */
public final class Normalizer {
    private Normalizer() {}

    /**
     * What was done.
     *
     * @param measuredBefore integrated loudness of the input, LUFS
     * @param gainDb         gain applied before limiting
     * @param measuredAfter  integrated loudness of the output, LUFS
     * @param truePeakAfter  true peak of the output, dBTP
     * @param limitedShare   share of samples whose limiter gain was below 1
     * @param gainCurve      the total linear gain applied to each sample frame (gain times limiter), to apply the
     *                       same to stems so that they still sum to the mix
     */
    public record Result(double measuredBefore, double gainDb, double measuredAfter, double truePeakAfter, double limitedShare,
                         float[] gainCurve) {}

    /**
     * Normalises {@code channels} in place.
     *
     * @param targetLufs   e.g. -16
     * @param ceilingDbtp  e.g. -1
     */
    public static Result normalise(float[][] channels, int sampleRate, double targetLufs, double ceilingDbtp) {
        int n = channels[0].length;
        double before = LoudnessMeter.integrated(channels, sampleRate);
        float[] curve = new float[n];
        java.util.Arrays.fill(curve, 1f);
        if (before == LoudnessMeter.SILENCE) {
            return new Result(before, 0, before, LoudnessMeter.truePeakDb(channels), 0, curve);
        }
        double gainDb = targetLufs - before;
        double totalGainDb = 0;
        double limitedShare = 0;
        float[][] original = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) original[c] = channels[c].clone();
        for (int pass = 0; pass < 6; pass++) {
            totalGainDb += gainDb;
            float g = (float) Math.pow(10, totalGainDb / 20);
            for (int c = 0; c < channels.length; c++) for (int i = 0; i < n; i++) channels[c][i] = original[c][i] * g;
            float[] limiter = limiterGain(channels, sampleRate, Math.pow(10, (ceilingDbtp - 0.3) / 20));
            int limited = 0;
            for (int i = 0; i < n; i++) {
                if (limiter[i] < 0.9999f) limited++;
                for (float[] ch : channels) ch[i] *= limiter[i];
                curve[i] = g * limiter[i];
            }
            limitedShare = (double) limited / Math.max(1, n);
            double now = LoudnessMeter.integrated(channels, sampleRate);
            gainDb = targetLufs - now;
            if (Math.abs(gainDb) < 0.05 || limited == 0) break;
        }
        return new Result(before, totalGainDb, LoudnessMeter.integrated(channels, sampleRate), LoudnessMeter.truePeakDb(channels),
                limitedShare, curve);
    }

    /**
     * Gain per sample frame that keeps the oversampled peak under {@code ceiling}: the needed gain is
     * min-filtered over +-2 ms, averaged over the same window (so it never exceeds the need at a peak and has
     * no steps), then released towards 1 with a 80 ms time constant.
     */
    static float[] limiterGain(float[][] channels, int sampleRate, double ceiling) {
        int n = channels[0].length;
        float[] need = new float[n];
        java.util.Arrays.fill(need, 1f);
        boolean any = false;
        for (float[] ch : channels) {
            float[] env = TruePeak.envelope(ch);
            for (int i = 0; i < n; i++) {
                if (env[i] > ceiling) {
                    need[i] = Math.min(need[i], (float) (ceiling / env[i]));
                    any = true;
                }
            }
        }
        if (!any) return need;
        int w = Math.max(1, sampleRate / 500); // 2 ms
        float[] min = slidingMin(need, w);
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + min[i];
        int width = 2 * w + 1;
        float[] out = new float[n];
        double r = 1 - Math.exp(-1.0 / (0.08 * sampleRate));
        double g = 1;
        for (int i = 0; i < n; i++) {
            int lo = i - w, hi = i + w; // window; outside the signal the edge values repeat
            int a = Math.max(0, lo), b = Math.min(n - 1, hi);
            double sum = prefix[b + 1] - prefix[a] + (a - lo) * (double) min[0] + (hi - b) * (double) min[n - 1];
            double avg = sum / width;
            g = Math.min(avg, g + (1 - g) * r);
            out[i] = (float) g;
        }
        return out;
    }

    /** Minimum over [i - w, i + w] (monotonic deque). */
    static float[] slidingMin(float[] x, int w) {
        int n = x.length;
        float[] out = new float[n];
        int[] dq = new int[n];
        int head = 0, tail = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            int hi = Math.min(n - 1, i + w);
            while (next <= hi) {
                while (tail > head && x[dq[tail - 1]] >= x[next]) tail--;
                dq[tail++] = next++;
            }
            while (dq[head] < i - w) head++;
            out[i] = x[dq[head]];
        }
        return out;
    }
}
