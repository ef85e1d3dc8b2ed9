package dev.cutroom.engine.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where shots change in a sequence of small frames (64x36 is plenty), from their pixels alone. Pure Java;
 * feed frames in order with {@link #add}, then ask {@link #cuts()}. Memory stays small whatever the length: it
 * keeps the last {@value #RING} frames' signatures and a few numbers per frame.
 *
 * <p><b>Hard cuts</b>, after PySceneDetect's content and adaptive detectors: the change between neighbouring frames
 * mixes hue, saturation and value change, edge change and histogram distance ({@link FrameSignature}). A frame
 * starts a new shot when its change is at least {@link Settings#minChange()}, at least {@link Settings#ratio()}
 * times the mean change of the {@value #WINDOW} frames on each side (so a pan or a zoom that changes every frame
 * a lot is not a cut, whatever its speed), the largest of its neighbours, when the picture does not come back
 * within {@value #RETURN_FRAMES} frames and is not one seen just before (a camera flash or a light blink jumps
 * and returns; a cut does not), and when the colours change too (histogram distance at least
 * {@link Settings#minColourChange()}) or the change is very large ({@value #STRUCTURAL_CUT}): an encoder catching
 * up on a frozen picture changes neither.
 *
 * <p><b>Dissolves</b>: a stretch of {@code 2h} frames ({@code h} from {@value #MIN_HALF} to {@value #MAX_HALF})
 * whose ends differ a lot, in which every frame is close to a mix of the two ends with a weight rising evenly
 * from one end to the other, and no single step carries most of the change. Moving camera footage does not look
 * like a mix of its ends; a dissolve does, exactly.
 *
 * <p>Not thread-safe.
 */
public final class ShotCutDetector {
    static final int WINDOW = 2;
    static final int RETURN_FRAMES = 4;
    static final int MIN_HALF = 3, MAX_HALF = 12;
    static final int RING = 2 * MAX_HALF + 2;
    /** Histogram distance between a dissolve's ends: a pan or zoom within one shot keeps its colours (below 0.15 on the corpus), two shots do not. */
    static final double MIN_DISSOLVE_COLOUR_CHANGE = 0.25;
    /** No boundary in the first frames of a clip: a frame or two left over from the shot before is not a shot. */
    static final int HEAD_FRAMES = 3;
    /** A change this large is a cut even when the colours stay (two shots of one scene). */
    static final double STRUCTURAL_CUT = 0.6;

    /**
     * @param ratio         how many times the local change a cut must be
     * @param minChange     the smallest change (0..1) that can be a cut
     * @param minColourChange the smallest colour-histogram distance (0..1) across a cut, unless the change is
     *                      above {@value ShotCutDetector#STRUCTURAL_CUT}
     * @param minShotFrames no two boundaries closer than this
     * @param dissolves     whether to look for dissolves
     */
    public record Settings(double ratio, double minChange, double minColourChange, int minShotFrames, boolean dissolves) {
        /** Sensitivity 0 (only stark cuts) to 1 (subtle ones too); 0.5 is the tuned default. */
        public static Settings of(double sensitivity, int minShotFrames) {
            double s = Math.max(0, Math.min(1, sensitivity));
            return new Settings(4.5 - 3 * s, 0.16 - 0.16 * s, 0.25 - 0.2 * s, Math.max(1, minShotFrames), true);
        }
    }

    private record Dissolve(int a, int b, double score) {}

    private final Settings settings;
    private final FrameSignature[] ring = new FrameSignature[RING];
    private final List<Double> change = new ArrayList<>();
    private final List<Double> returned = new ArrayList<>();
    private final List<Double> colourChange = new ArrayList<>();
    private final List<Double> returnsTo = new ArrayList<>();
    private final List<Dissolve> dissolveCandidates = new ArrayList<>();
    private int count;

    public ShotCutDetector(Settings settings) {
        this.settings = settings;
    }

    /** Adds the next frame: packed RGB, {@code width * height * 3} bytes; every frame the same size. */
    public void add(byte[] rgb, int width, int height) {
        FrameSignature sig = new FrameSignature(rgb, width, height);
        int n = count;
        change.add(n == 0 ? 0.0 : ring[(n - 1) % RING].contentChange(sig));
        colourChange.add(n == 0 ? 0.0 : ring[(n - 1) % RING].histogramDistance(sig));
        returned.add(Double.POSITIVE_INFINITY);
        // is this frame a picture from just before a disturbance (the end of a flash)?
        double back = Double.POSITIVE_INFINITY;
        for (int k = 2; k <= RETURN_FRAMES + 1 && n - k >= 0; k++) back = Math.min(back, ring[(n - k) % RING].contentChange(sig));
        returnsTo.add(back);
        // does the picture before frame i come back in this frame? (i = n - k, k = 1..RETURN_FRAMES)
        for (int k = 1; k <= RETURN_FRAMES; k++) {
            int i = n - k;
            if (i < 1) break;
            double d = ring[(i - 1) % RING].contentChange(sig);
            if (d < returned.get(i)) returned.set(i, d);
        }
        ring[n % RING] = sig;
        count++;
        if (settings.dissolves()) findDissolvesEndingAt(n);
    }

    /** Frames added so far. */
    public int frames() {
        return count;
    }

    /** How much frame {@code i} differs from frame {@code i - 1}, 0..1 (0 for the first frame). */
    public double change(int i) {
        return change.get(i);
    }

    /** The shot boundaries found in the frames so far, in frame order. */
    public List<ShotBoundary> cuts() {
        List<ShotBoundary> hard = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            double c = change.get(i);
            if (c < settings.minChange()) continue;
            if ((i > 1 && change.get(i - 1) > c) || (i + 1 < count && change.get(i + 1) >= c)) continue;
            double local = local(i);
            if (c < settings.ratio() * local) continue;
            if (returned.get(i) < 0.4 * c || returnsTo.get(i) < 0.4 * c) continue; // a flash: the old picture is back
            // a new shot changes the colours, or the picture very much; an encoder catching up on a frozen
            // picture (keyframe pumping at low bitrates) changes neither
            if (colourChange.get(i) < settings.minColourChange() && c < STRUCTURAL_CUT) continue;
            hard.add(new ShotBoundary(i, ShotBoundary.Kind.HARD, i, i, c / Math.max(settings.minChange(), settings.ratio() * local)));
        }
        List<ShotBoundary> all = new ArrayList<>(hard);
        List<Dissolve> candidates = new ArrayList<>(dissolveCandidates);
        candidates.sort(Comparator.comparingDouble(Dissolve::score).reversed());
        List<Dissolve> kept = new ArrayList<>();
        for (Dissolve d : candidates) {
            boolean clash = kept.stream().anyMatch(k -> d.a() < k.b() && k.a() < d.b())
                    || hard.stream().anyMatch(h -> h.frame() >= d.a() - 1 && h.frame() <= d.b() + 1);
            if (clash) continue;
            kept.add(d);
            all.add(new ShotBoundary((d.a() + d.b() + 1) / 2, ShotBoundary.Kind.DISSOLVE, d.a() + 1, d.b() - 1, d.score()));
        }
        all.sort(Comparator.comparingInt(ShotBoundary::frame));
        // no two boundaries closer than the shortest shot: keep the stronger. The first frame is no cut, so a
        // short first shot is kept (only a leftover frame or two of the shot before, common at a clip's head, is not)
        List<ShotBoundary> out = new ArrayList<>();
        for (ShotBoundary b : all) {
            if (b.frame() < Math.min(settings.minShotFrames(), HEAD_FRAMES)) continue;
            if (!out.isEmpty() && b.frame() - out.getLast().frame() < settings.minShotFrames()) {
                if (b.strength() > out.getLast().strength()) out.set(out.size() - 1, b);
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /** The first frames of new shots: {@link #cuts()}' frames. */
    public List<Integer> cutFrames() {
        return cuts().stream().map(ShotBoundary::frame).toList();
    }

    /** Mean change of the {@value #WINDOW} frames on each side of i. */
    private double local(int i) {
        double sum = 0;
        int n = 0;
        for (int j = Math.max(1, i - WINDOW); j <= Math.min(count - 1, i + WINDOW); j++) {
            if (j == i) continue;
            sum += change.get(j);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Tests every stretch that ends at the newest frame {@code b} for a dissolve. */
    private void findDissolvesEndingAt(int b) {
        for (int h = MIN_HALF; h <= MAX_HALF; h++) {
            int a = b - 2 * h;
            if (a < 0) break;
            float[] start = ring[a % RING].thumbnail, end = ring[b % RING].thumbnail;
            int len = start.length;
            double norm2 = 0, spread = 0;
            for (int k = 0; k < len; k++) {
                double d = end[k] - start[k];
                norm2 += d * d;
                spread += Math.abs(d);
            }
            spread /= len;
            if (spread < 0.06) continue; // the ends must differ like two shots do...
            if (ring[a % RING].histogramDistance(ring[b % RING]) < MIN_DISSOLVE_COLOUR_CHANGE) continue; // ...in their colours too
            double residualSum = 0, worstStep = 0;
            boolean even = true;
            float[] previous = start;
            for (int j = a + 1; j <= b && even; j++) {
                float[] f = ring[j % RING].thumbnail;
                double step = 0;
                for (int k = 0; k < len; k++) step += Math.abs(f[k] - previous[k]);
                worstStep = Math.max(worstStep, step / len);
                previous = f;
                if (j == b) break;
                double dot = 0;
                for (int k = 0; k < len; k++) dot += (f[k] - start[k]) * (end[k] - start[k]);
                double alpha = dot / norm2;
                if (Math.abs(alpha - (double) (j - a) / (b - a)) > 0.25) even = false;
                double residual = 0;
                for (int k = 0; k < len; k++) residual += Math.abs(f[k] - start[k] - alpha * (end[k] - start[k]));
                residualSum += residual / len / spread;
            }
            if (!even) continue;
            double residual = residualSum / (b - a - 1);
            if (residual > 0.3 || worstStep > 0.3 * spread) continue;
            dissolveCandidates.add(new Dissolve(a, b, spread * (1 - residual)));
        }
    }
}
