package dev.cutroom.example.shotcut;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds hard cuts in a sequence of frames from their pixels alone. Plain Java, no plugin types: feed it small
 * RGB frames in order with {@link #add}, then ask {@link #cuts()}.
 *
 * <p>For each frame it keeps a grey thumbnail and a colour histogram (16 bins per channel). The change between
 * neighbouring frames is the mean of two distances, each in [0, 1]: the mean absolute grey difference, and half
 * the L1 distance of the histograms. Motion moves pixels but keeps colours, so it raises the first and not the
 * second; a cut changes both. A frame starts a new shot when its change is
 * <ul>
 *   <li>above an absolute floor, so a still or slowly fading picture never cuts,</li>
 *   <li>several times the typical change around it (the mean over {@value #WINDOW} frames on each side, leaving
 *       out the frame itself and its direct neighbours): the adaptive part, so a fast pan that changes every
 *       frame a lot does not cut, and</li>
 *   <li>the largest change within the minimum shot length on either side.</li>
 * </ul>
 * Sensitivity 0..1 moves the floor and the ratio together: at 0.5 the floor is 0.06 and the ratio 4.
 * Not thread-safe.
 */
public final class ShotCutDetector {
    static final int BINS = 16;
    static final int WINDOW = 12;

    private final double floor;
    private final double ratio;
    private final int minShotFrames;
    private final List<Double> changes = new ArrayList<>();
    private float[] previousGrey;
    private float[] previousHistogram;

    /**
     * @param sensitivity   0 (only the starkest cuts) to 1 (also subtle ones)
     * @param minShotFrames no two cuts closer than this, and none this close to the start
     */
    public ShotCutDetector(double sensitivity, int minShotFrames) {
        double s = Math.max(0, Math.min(1, sensitivity));
        this.floor = 0.12 - 0.12 * s;          // 0.12 .. 0.0 (0.06 at 0.5)
        this.ratio = 7 - 6 * s;                // 7 .. 1 (4 at 0.5)
        this.minShotFrames = Math.max(1, minShotFrames);
    }

    /** Adds the next frame: packed RGB, {@code width * height * 3} bytes. */
    public void add(byte[] rgb, int width, int height) {
        int pixels = width * height;
        float[] grey = new float[pixels];
        float[] histogram = new float[3 * BINS];
        for (int p = 0, i = 0; p < pixels; p++, i += 3) {
            int r = rgb[i] & 0xff, g = rgb[i + 1] & 0xff, b = rgb[i + 2] & 0xff;
            grey[p] = (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
            histogram[r * BINS / 256]++;
            histogram[BINS + g * BINS / 256]++;
            histogram[2 * BINS + b * BINS / 256]++;
        }
        for (int k = 0; k < histogram.length; k++) histogram[k] /= pixels;
        if (previousGrey == null) {
            changes.add(0.0);
        } else {
            double pixelDistance = 0;
            for (int p = 0; p < pixels; p++) pixelDistance += Math.abs(grey[p] - previousGrey[p]);
            pixelDistance /= pixels;
            double histogramDistance = 0;
            for (int k = 0; k < histogram.length; k++) histogramDistance += Math.abs(histogram[k] - previousHistogram[k]);
            histogramDistance /= 6; // each channel's L1 distance is at most 2
            changes.add(0.5 * pixelDistance + 0.5 * histogramDistance);
        }
        previousGrey = grey;
        previousHistogram = histogram;
    }

    /** How much frame {@code i} differs from frame {@code i - 1} (0 for the first frame). */
    public double change(int i) {
        return changes.get(i);
    }

    /** Frames added so far. */
    public int frames() {
        return changes.size();
    }

    /** Indices of the frames that start a new shot, ascending (never 0). */
    public List<Integer> cuts() {
        int n = changes.size();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            double c = changes.get(i);
            if (c < floor || c < ratio * local(i)) continue;
            candidates.add(i);
        }
        // keep the strongest of candidates closer than the minimum shot length, and none too near the start
        List<Integer> cuts = new ArrayList<>();
        for (int i : candidates) {
            if (i < minShotFrames) continue;
            if (!cuts.isEmpty() && i - cuts.getLast() < minShotFrames) {
                if (changes.get(i) > changes.get(cuts.getLast())) cuts.set(cuts.size() - 1, i);
                continue;
            }
            cuts.add(i);
        }
        return cuts;
    }

    /** Typical change around frame i, leaving out i and its direct neighbours (a cut can smear over two frames). */
    private double local(int i) {
        double sum = 0;
        int count = 0;
        for (int j = Math.max(1, i - WINDOW); j <= Math.min(changes.size() - 1, i + WINDOW); j++) {
            if (Math.abs(j - i) <= 1) continue;
            sum += changes.get(j);
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }
}
