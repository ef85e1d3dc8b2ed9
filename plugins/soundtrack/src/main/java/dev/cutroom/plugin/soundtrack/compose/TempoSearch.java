package dev.cutroom.plugin.soundtrack.compose;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses a tempo and beat phase so that the most cut points land on beats: for every tempo in a range
 * (0.05 bpm steps, or the one asked for) the cuts' positions within the beat are swept for the phase that
 * puts the most of them within the tolerance of a beat. Ties go to the smaller total error, then to the
 * tempo nearest the preferred one. Any thread.
 */
public final class TempoSearch {
    /** Tolerance the score counts a cut as "on the beat": 25 ms. */
    public static final double TOLERANCE = 0.025;

    private TempoSearch() {}

    /**
     * The chosen tempo.
     *
     * @param bpm   beats per minute
     * @param phase time of the first beat in [0, 60/bpm) seconds; beats fall at phase + k * 60 / bpm
     * @param hits  cuts within {@link #TOLERANCE} of a beat
     * @param cuts  cuts considered
     */
    public record Choice(double bpm, double phase, int hits, int cuts) {
        /** Share of cuts on a beat (1 with no cuts). Any thread. */
        public double share() {
            return cuts == 0 ? 1 : (double) hits / cuts;
        }

        /** Seconds per beat. Any thread. */
        public double beat() {
            return 60 / bpm;
        }
    }

    /** Searches [lo, hi] bpm. Any thread. */
    public static Choice search(List<Double> cuts, double lo, double hi, double preferred) {
        if (cuts.isEmpty()) return new Choice(preferred, 0, 0, 0);
        Choice best = null;
        double bestErr = Double.MAX_VALUE;
        int steps = (int) Math.round((hi - lo) / 0.05);
        for (int s = 0; s <= steps; s++) {
            double bpm = lo + s * 0.05;
            double[] r = phaseFor(cuts, bpm);
            int hits = (int) r[1];
            double err = r[2];
            if (best == null || hits > best.hits
                    || (hits == best.hits && err < bestErr - 1e-4)
                    || (hits == best.hits && Math.abs(err - bestErr) <= 1e-4 && Math.abs(bpm - preferred) < Math.abs(best.bpm - preferred))) {
                best = new Choice(bpm, r[0], hits, cuts.size());
                bestErr = err;
            }
        }
        return best;
    }

    /** The best phase for a fixed tempo. Any thread. */
    public static Choice fixed(List<Double> cuts, double bpm) {
        if (cuts.isEmpty()) return new Choice(bpm, 0, 0, 0);
        double[] r = phaseFor(cuts, bpm);
        return new Choice(bpm, r[0], (int) r[1], cuts.size());
    }

    /** {phase, hits, mean absolute error of the hits} for a tempo: the densest 50 ms window of residuals. */
    static double[] phaseFor(List<Double> cuts, double bpm) {
        double beat = 60 / bpm;
        int n = cuts.size();
        double[] r = new double[2 * n];
        for (int i = 0; i < n; i++) r[i] = floorMod(cuts.get(i), beat);
        Arrays.sort(r, 0, n);
        for (int i = 0; i < n; i++) r[n + i] = r[i] + beat; // unwrap the circle
        int bestCount = 0;
        double bestPhase = 0, bestErr = Double.MAX_VALUE;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (j < i) j = i;
            while (j + 1 < i + n && r[j + 1] - r[i] <= 2 * TOLERANCE) j++;
            int count = j - i + 1;
            double phase = (r[i] + r[j]) / 2;
            double err = 0;
            for (int k = i; k <= j; k++) err += Math.abs(r[k] - phase);
            err /= count;
            if (count > bestCount || (count == bestCount && err < bestErr)) {
                bestCount = count;
                bestPhase = phase;
                bestErr = err;
            }
        }
        return new double[] {floorMod(bestPhase, beat), bestCount, bestErr};
    }

    private static double floorMod(double x, double m) {
        double r = x % m;
        return r < 0 ? r + m : r;
    }

    /** Share of {@code cuts} within {@link #TOLERANCE} of one of {@code times} (sorted). Any thread. */
    public static double share(List<Double> cuts, double[] times) {
        if (cuts.isEmpty()) return 1;
        int hits = 0;
        for (double c : cuts) {
            int i = Arrays.binarySearch(times, c);
            int at = i >= 0 ? i : -i - 1;
            double d = Double.MAX_VALUE;
            if (at < times.length) d = Math.min(d, Math.abs(times[at] - c));
            if (at > 0) d = Math.min(d, Math.abs(times[at - 1] - c));
            if (d <= TOLERANCE + 1e-9) hits++;
        }
        return (double) hits / cuts.size();
    }
}
