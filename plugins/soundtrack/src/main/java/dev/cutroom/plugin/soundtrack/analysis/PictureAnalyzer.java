package dev.cutroom.plugin.soundtrack.analysis;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.ShotCut;
import dev.cutroom.plugin.api.ShotCutDetector;
import dev.cutroom.plugin.api.VideoFrameReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the picture of a selection small (64x36) and finds: the timeline's edit points (clip boundaries),
 * shot cuts inside clips (the host's shot-cut detector, API 1.2: the same cuts the shot-cut plugin finds), a
 * motion energy curve (mean absolute difference of consecutive grey thumbnails, leaving out the cuts, binned to
 * 0.1 s, smoothed over 0.5 s), and the mood of the colours (mean luma, saturation, warm/cool).
 * Job thread.
 */
public final class PictureAnalyzer {
    public static final int WIDTH = 64, HEIGHT = 36;
    /** Shortest shot the cut detector reports, in seconds. */
    static final double MIN_SHOT = 0.3;
    /** Grey levels of mean frame difference that count as full motion energy. */
    static final double FULL_MOTION = 14;
    static final double BIN = 0.1;

    private PictureAnalyzer() {}

    /** The selection's start and length on the timeline, in seconds. Any thread. */
    public static double[] span(Selection selection) {
        return switch (selection) {
            case Selection.Range r -> new double[] {r.range().start().toSeconds(), r.range().duration().toSeconds()};
            case Selection.Clips c -> {
                ExactTime start = null, end = null;
                for (ClipRef clip : c.clips()) {
                    ExactTime s = clip.timelineStart(), e = s.plus(clip.sourceRange().duration());
                    if (start == null || s.compareTo(start) < 0) start = s;
                    if (end == null || e.compareTo(end) > 0) end = e;
                }
                yield new double[] {start.toSeconds(), end.minus(start).toSeconds()};
            }
        };
    }

    /** The selection's start as an exact time. Any thread. */
    public static ExactTime start(Selection selection) {
        return switch (selection) {
            case Selection.Range r -> r.range().start();
            case Selection.Clips c -> c.clips().stream().map(ClipRef::timelineStart).min(ExactTime::compareTo).orElseThrow();
        };
    }

    static List<ClipRef> clips(Selection selection) {
        return switch (selection) {
            case Selection.Range r -> r.clips();
            case Selection.Clips c -> c.clips();
        };
    }

    /** Analyses the selection's picture; clips without video count only as edit points. Job thread. */
    public static PictureAnalysis analyse(Selection selection, MediaAccess media, JobContext context) throws IOException {
        double[] span = span(selection);
        double start = span[0], duration = span[1];
        List<ClipRef> clips = clips(selection);
        List<Double> edits = new ArrayList<>();
        for (ClipRef c : clips) {
            double s = c.timelineStart().toSeconds() - start, e = s + c.sourceRange().duration().toSeconds();
            for (double t : new double[] {s, e}) if (t > 0.02 && t < duration - 0.02 && edits.stream().noneMatch(x -> Math.abs(x - t) < 0.02)) edits.add(t);
        }
        edits.sort(null);

        int bins = Math.max(1, (int) Math.ceil(duration / BIN));
        double[] binSum = new double[bins];
        int[] binCount = new int[bins];
        List<Double> shotCuts = new ArrayList<>();
        double lumaSum = 0, satSum = 0, warmSum = 0, motionSum = 0;
        long frames = 0, diffs = 0;
        List<ClipRef> video = clips.stream().filter(ClipRef::hasVideo).toList();
        int done = 0;
        for (ClipRef clip : video) {
            double clipStart = clip.timelineStart().toSeconds() - start;
            double sourceStart = clip.sourceRange().start().toSeconds();
            List<Double> times = new ArrayList<>();
            List<Double> d = new ArrayList<>();
            ShotCutDetector detector;
            try (VideoFrameReader reader = media.readVideo(clip, WIDTH, HEIGHT)) {
                detector = media.shotCutDetector(0.5, (int) Math.max(1, Math.round(MIN_SHOT * reader.frameRate().toDouble())));
                float[] prev = null;
                long total = Math.max(1, reader.frameCount());
                for (RgbFrame f; (f = reader.next()) != null; ) {
                    if (context != null && f.index() % 25 == 0) {
                        context.checkCancelled();
                        context.progress(0.3 * (done + (double) f.index() / total) / video.size(), "Watching the picture");
                    }
                    double t = clipStart + f.time().toSeconds() - sourceStart;
                    float[] grey = new float[f.width() * f.height()];
                    double[] mood = greyAndMood(f, grey);
                    detector.add(f);
                    if (t >= -1e-6 && t < duration) {
                        lumaSum += mood[0]; satSum += mood[1]; warmSum += mood[2]; frames++;
                    }
                    if (prev != null && prev.length == grey.length) {
                        double diff = 0;
                        for (int i = 0; i < grey.length; i++) diff += Math.abs(grey[i] - prev[i]);
                        d.add(diff / grey.length);
                        times.add(t);
                    }
                    prev = grey;
                }
            }
            double[] diffArray = d.stream().mapToDouble(Double::doubleValue).toArray();
            boolean[] isCut = new boolean[diffArray.length];
            for (ShotCut cut : detector.cuts()) {
                int i = (int) cut.frame() - 1; // difference i is between frames i and i + 1
                if (i < 0 || i >= diffArray.length) continue;
                isCut[i] = true;
                double t = times.get(i);
                if (t > 0.02 && t < duration - 0.02) shotCuts.add(t);
            }
            for (int i = 0; i < diffArray.length; i++) {
                double t = times.get(i);
                if (t < 0 || t >= duration) continue;
                double v = isCut[i] ? (i > 0 ? diffArray[i - 1] : 0) : diffArray[i];
                int b = Math.min(bins - 1, (int) (t / BIN));
                binSum[b] += v;
                binCount[b]++;
                motionSum += v;
                diffs++;
            }
            done++;
        }
        if (frames == 0) return PictureAnalysis.neutral(duration, edits);
        // bins without frames take their neighbours' values
        double[] raw = new double[bins];
        double last = diffs > 0 ? motionSum / diffs : 0;
        for (int b = 0; b < bins; b++) {
            if (binCount[b] > 0) last = binSum[b] / binCount[b];
            raw[b] = last;
        }
        double[] smooth = new double[bins];
        for (int b = 0; b < bins; b++) {
            double s = 0;
            int n = 0;
            for (int k = Math.max(0, b - 2); k <= Math.min(bins - 1, b + 2); k++) { s += raw[k]; n++; }
            smooth[b] = Math.min(1, s / n / FULL_MOTION);
        }
        shotCuts.sort(null);
        return new PictureAnalysis(duration, edits, shotCuts, new EnergyCurve(BIN, smooth), lumaSum / frames, satSum / frames,
                warmSum / frames, diffs > 0 ? motionSum / diffs : 0);
    }

    /** Fills {@code grey} (0..255) and returns {mean luma 0..1, mean saturation 0..1, warmth -1..1}. */
    static double[] greyAndMood(RgbFrame f, float[] grey) {
        byte[] rgb = f.rgb();
        double luma = 0, sat = 0, warm = 0;
        int n = f.width() * f.height();
        for (int i = 0; i < n; i++) {
            int r = rgb[3 * i] & 0xff, g = rgb[3 * i + 1] & 0xff, b = rgb[3 * i + 2] & 0xff;
            float y = 0.2126f * r + 0.7152f * g + 0.0722f * b;
            grey[i] = y;
            luma += y;
            int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
            sat += max == 0 ? 0 : (max - min) / (double) max;
            warm += r - b;
        }
        return new double[] {luma / n / 255, sat / n, warm / n / 255};
    }
}
