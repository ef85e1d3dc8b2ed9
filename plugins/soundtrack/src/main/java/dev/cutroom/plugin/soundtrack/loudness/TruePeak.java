package dev.cutroom.plugin.soundtrack.loudness;

/**
 * 4x oversampling peak detector: a polyphase windowed-sinc interpolator (4 phases of 12 taps, Kaiser
 * window beta 8, cut-off at the original Nyquist). Stateless; any thread.
 */
public final class TruePeak {
    static final int FACTOR = 4, TAPS = 12;
    /** PHASES[p][t]: weight of input sample (n - TAPS/2 + 1 + t) for output time n + p/4. */
    static final double[][] PHASES = design();

    private TruePeak() {}

    private static double[][] design() {
        double[][] h = new double[FACTOR][TAPS];
        int half = TAPS / 2;
        for (int p = 0; p < FACTOR; p++) {
            double frac = (double) p / FACTOR;
            for (int t = 0; t < TAPS; t++) {
                double x = (t - half + 1) - frac; // distance from the output instant, in input samples
                double sinc = Math.abs(x) < 1e-12 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
                double w = kaiser(x / half, 8.0);
                h[p][t] = sinc * w;
            }
        }
        return h;
    }

    private static double kaiser(double r, double beta) {
        if (Math.abs(r) > 1) return 0;
        return bessel0(beta * Math.sqrt(1 - r * r)) / bessel0(beta);
    }

    private static double bessel0(double x) {
        double sum = 1, term = 1;
        for (int k = 1; k < 30; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    /** Largest absolute value of the 4x oversampled signal (linear). Any thread. */
    public static double peak(float[] x) {
        double peak = 0;
        int half = TAPS / 2;
        for (int n = 0; n < x.length; n++) {
            peak = Math.max(peak, Math.abs(x[n]));
            for (int p = 1; p < FACTOR; p++) {
                double acc = 0;
                double[] h = PHASES[p];
                for (int t = 0; t < TAPS; t++) {
                    int i = n - half + 1 + t;
                    if (i >= 0 && i < x.length) acc += h[t] * x[i];
                }
                peak = Math.max(peak, Math.abs(acc));
            }
        }
        return peak;
    }

    /** Per-sample true-peak envelope (max over the sample and the three interpolated points after it). */
    static float[] envelope(float[] x) {
        float[] env = new float[x.length];
        int half = TAPS / 2;
        for (int n = 0; n < x.length; n++) {
            double peak = Math.abs(x[n]);
            for (int p = 1; p < FACTOR; p++) {
                double acc = 0;
                double[] h = PHASES[p];
                for (int t = 0; t < TAPS; t++) {
                    int i = n - half + 1 + t;
                    if (i >= 0 && i < x.length) acc += h[t] * x[i];
                }
                peak = Math.max(peak, Math.abs(acc));
            }
            env[n] = (float) peak;
        }
        return env;
    }
}
