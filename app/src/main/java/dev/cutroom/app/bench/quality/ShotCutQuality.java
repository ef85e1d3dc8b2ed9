package dev.cutroom.app.bench.quality;

import dev.cutroom.app.bench.BenchTable;
import dev.cutroom.engine.analysis.ShotBoundary;
import dev.cutroom.engine.analysis.ShotCutDetector;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.realfootage.Corpus;
import dev.cutroom.realfootage.CutClip;
import dev.cutroom.realfootage.CutScore;
import dev.cutroom.realfootage.FfmpegSceneScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shot-cut detection on the corpus's cut clips: the shared detector (what the example plugin and the soundtrack's
 * picture analysis use, at their 64x36 analysis size and default sensitivity) against FFmpeg's own scene score at
 * its usual thresholds ({@code select=gt(scene,0.3)} and {@code 0.4}, {@code scdet} at its default 10).
 */
final class ShotCutQuality implements QualitySection {
    static final int WIDTH = 64, HEIGHT = 36;
    static final double SENSITIVITY = 0.5, MIN_SHOT_SECONDS = 0.3;

    @Override
    public String name() {
        return "shotcut";
    }

    @Override
    public void run(QualityRun run, BenchTable table) throws Exception {
        measure("tuning set", Corpus.cutClips(run.work(), run.size()), run, table);
        measure("held out", Corpus.heldOutCutClips(run.work(), run.size()), run, table);
    }

    /** Detects and scores one set of clips, ours and FFmpeg's, and adds its rows. */
    private static void measure(String set, List<CutClip> clips, QualityRun run, BenchTable table) throws Exception {
        boolean ffmpeg = FfmpegSceneScore.available();
        CutScore ours = CutScore.ZERO;
        Map<String, CutScore> baselines = new LinkedHashMap<>();
        int frames = 0;
        long nanos = 0;
        List<String> negatives = new ArrayList<>();
        for (CutClip clip : clips) {
            long t0 = System.nanoTime();
            ShotCutDetector detector = new ShotCutDetector(ShotCutDetector.Settings.of(SENSITIVITY,
                    (int) Math.round(MIN_SHOT_SECONDS * clip.rate().toDouble())));
            try (VideoReader reader = VideoReader.open(clip.video(), VideoReader.Options.scaled(WIDTH, HEIGHT, PixelFormat.RGB24))) {
                byte[] rgb = new byte[WIDTH * HEIGHT * 3];
                for (VideoFrame f; (f = reader.next()) != null; ) {
                    f.data().get(0, rgb);
                    detector.add(rgb, WIDTH, HEIGHT);
                }
            }
            nanos += System.nanoTime() - t0;
            frames += detector.frames();
            List<ShotBoundary> found = detector.cuts();
            negatives.addAll(clip.negatives());
            CutScore score = CutScore.of(clip, found.stream().map(ShotBoundary::frame).toList());
            ours = ours.plus(score);
            run.log().printf(Locale.ROOT, "  %s: truth hard %s dissolves %s; found %s%n", clip.name(), clip.hardCuts(),
                    clip.dissolves().stream().map(d -> d.first() + "-" + d.last()).toList(),
                    found.stream().map(b -> b.frame() + (b.kind() == ShotBoundary.Kind.DISSOLVE ? "d" : "")).toList());
            if (ffmpeg) {
                FfmpegSceneScore.Scores s = FfmpegSceneScore.of(clip.video(), clip.frames());
                baselines.merge("ffmpeg select=gt(scene,0.3)", CutScore.of(clip, s.sceneCuts(0.3)), CutScore::plus);
                baselines.merge("ffmpeg select=gt(scene,0.4)", CutScore.of(clip, s.sceneCuts(0.4)), CutScore::plus);
                baselines.merge("ffmpeg scdet (threshold 10)", CutScore.of(clip, s.scdetCuts(10)), CutScore::plus);
            }
        }
        long flashes = negatives.stream().filter(n -> n.startsWith("flash")).count();
        String p = "shot cuts (" + set + ")";
        table.addInfo(p + ": corpus", String.format(Locale.ROOT, "%d clips, %d frames 320x180 H.264; %d hard cuts, %d dissolves, %d flashes, %d whip pans",
                clips.size(), frames, ours.hardCuts(), ours.dissolves(), flashes, negatives.size() - flashes));
        table.add(p + ", hard: cutroom detector", ours.describeHard(), "F1 >= 0.95", ours.hardF1() >= 0.95);
        table.add(p + ", dissolves: cutroom detector", ours.describeDissolves(), "F1 >= 0.80", ours.dissolveF1() >= 0.8);
        if (!ffmpeg) table.addInfo(p + ": ffmpeg baseline", "ffmpeg CLI not found on the PATH; baseline not measured");
        for (var e : baselines.entrySet()) {
            table.addInfo(p + ", hard: " + e.getKey(), e.getValue().describeHard());
            table.addInfo(p + ", dissolves: " + e.getKey(), e.getValue().describeDissolves());
        }
        table.addInfo(p + ": detector speed", String.format(Locale.ROOT, "%.0f frames/s decoding and analysing at %dx%d", frames / (nanos / 1e9), WIDTH, HEIGHT));
    }
}
