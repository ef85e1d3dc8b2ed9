package dev.cutroom.example.shotcut;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.ShotCut;
import dev.cutroom.plugin.api.ShotCutDetector;
import dev.cutroom.plugin.api.VideoFrameReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the shot cuts (hard cuts and dissolves) inside each selected video clip and splits the clip there (one
 * undoable edit). Reads every frame at {@value #ANALYSIS_WIDTH} pixels wide through the host's media access, so a
 * 1080p clip costs little more than a small one, and hands it to the host's shot-cut detector (API 1.2), the same
 * one the soundtrack's picture analysis uses. Needs no model.
 *
 * <p>Parameters (see {@code META-INF/cutroom/plugin.json}): {@code sensitivity} 0..1 and {@code minShot}, the
 * shortest shot in seconds.
 */
public final class ShotCutPlugin implements Plugin {
    /** Plugin id, as in the descriptor. */
    public static final String ID = "dev.cutroom.example.shotcut";
    static final int ANALYSIS_WIDTH = 64;

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        List<ClipRef> clips = ((Selection.Clips) job.selection()).clips();
        double sensitivity = job.parameters().number("sensitivity");
        double minShot = job.parameters().number("minShot");
        JobResult.Builder result = JobResult.builder();
        long totalFrames = 0;
        int totalCuts = 0;
        for (int c = 0; c < clips.size(); c++) {
            ClipRef clip = clips.get(c);
            if (!clip.hasVideo()) {
                context.warn("clip " + clip.clipId() + " has no picture; skipped");
                continue;
            }
            int height = Math.max(2, (int) Math.round((double) ANALYSIS_WIDTH * clip.height() / clip.width() / 2) * 2);
            List<ExactTime> cuts = new ArrayList<>();
            try (VideoFrameReader frames = context.media().readVideo(clip, ANALYSIS_WIDTH, height)) {
                int minShotFrames = (int) Math.max(1, Math.round(minShot * frames.frameRate().toDouble()));
                ShotCutDetector detector = context.media().shotCutDetector(sensitivity, minShotFrames);
                List<ExactTime> times = new ArrayList<>();
                long count = Math.max(1, frames.frameCount());
                for (RgbFrame f; (f = frames.next()) != null; ) {
                    context.checkCancelled();
                    detector.add(f);
                    times.add(f.time());
                    double done = (c + (f.index() + 1.0) / count) / clips.size();
                    context.progress(done, "Clip " + (c + 1) + " of " + clips.size() + ": frame " + (f.index() + 1) + " of " + count);
                }
                for (ShotCut cut : detector.cuts()) {
                    ExactTime at = times.get((int) cut.frame());
                    cuts.add(at);
                    context.info(String.format(Locale.ROOT, "clip %s: %s at frame %d (%.3f s), strength %.1f", clip.clipId(),
                            cut.dissolve() ? "dissolve (frames " + cut.first() + "-" + cut.last() + ")" : "cut", cut.frame(), at.toSeconds(), cut.strength()));
                }
                totalFrames += detector.frames();
            }
            if (!cuts.isEmpty()) result.split(clip.clipId(), cuts);
            totalCuts += cuts.size();
        }
        return result.note("sensitivity", Double.toString(sensitivity))
                .note("minShot", Double.toString(minShot))
                .note("framesAnalysed", Long.toString(totalFrames))
                .summary(totalCuts == 0 ? "No cuts found" : "Found " + totalCuts + " cut" + (totalCuts == 1 ? "" : "s"))
                .build();
    }
}
