package dev.cutroom.realfootage;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of detected cuts against a clip's ground truth. A detection finds a hard cut when it is
 * within {@value #TOLERANCE} frame of it, and a dissolve when it lies inside the dissolve (widened by the same
 * tolerance). Each true event is found at most once; every other detection (a second one on the same event, one on
 * a flash or a whip pan, one in the middle of a shot) is a false positive and counts against the precision of both
 * kinds. Sums over clips with {@link #plus}. Immutable; any thread.
 */
public record CutScore(int hardCuts, int hardFound, int dissolves, int dissolvesFound, int falsePositives) {
    public static final int TOLERANCE = 1;
    public static final CutScore ZERO = new CutScore(0, 0, 0, 0, 0);

    /** Scores {@code detected} (frames that start a new shot, or a dissolve's frames) against {@code clip}. */
    public static CutScore of(CutClip clip, List<Integer> detected) {
        List<Integer> left = new ArrayList<>(detected);
        left.sort(null);
        int hardFound = 0, dissolvesFound = 0;
        for (int cut : clip.hardCuts()) {
            Integer best = null;
            for (Integer d : left) if (Math.abs(d - cut) <= TOLERANCE && (best == null || Math.abs(d - cut) < Math.abs(best - cut))) best = d;
            if (best != null) { left.remove(best); hardFound++; }
        }
        for (CutClip.Dissolve dissolve : clip.dissolves()) {
            Integer best = null;
            for (Integer d : left) {
                if (d >= dissolve.first() - TOLERANCE && d <= dissolve.last() + 1 + TOLERANCE
                        && (best == null || Math.abs(d - dissolve.middle()) < Math.abs(best - dissolve.middle()))) best = d;
            }
            if (best != null) { left.remove(best); dissolvesFound++; }
        }
        return new CutScore(clip.hardCuts().size(), hardFound, clip.dissolves().size(), dissolvesFound, left.size());
    }

    public CutScore plus(CutScore o) {
        return new CutScore(hardCuts + o.hardCuts, hardFound + o.hardFound, dissolves + o.dissolves,
                dissolvesFound + o.dissolvesFound, falsePositives + o.falsePositives);
    }

    public double hardPrecision() { return ratio(hardFound, hardFound + falsePositives); }
    public double hardRecall() { return ratio(hardFound, hardCuts); }
    public double hardF1() { return f1(hardPrecision(), hardRecall()); }
    public double dissolvePrecision() { return ratio(dissolvesFound, dissolvesFound + falsePositives); }
    public double dissolveRecall() { return ratio(dissolvesFound, dissolves); }
    public double dissolveF1() { return f1(dissolvePrecision(), dissolveRecall()); }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** e.g. "P 0.95 R 1.00 F1 0.97 (19/19 found, 1 false)". */
    public String describeHard() {
        return String.format(java.util.Locale.ROOT, "P %.2f R %.2f F1 %.2f (%d/%d found, %d false)",
                hardPrecision(), hardRecall(), hardF1(), hardFound, hardCuts, falsePositives);
    }

    public String describeDissolves() {
        return String.format(java.util.Locale.ROOT, "P %.2f R %.2f F1 %.2f (%d/%d found, %d false)",
                dissolvePrecision(), dissolveRecall(), dissolveF1(), dissolvesFound, dissolves, falsePositives);
    }
}
