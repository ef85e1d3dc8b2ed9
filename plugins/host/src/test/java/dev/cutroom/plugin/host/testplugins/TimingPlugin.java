package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.TimeSpan;

/**
 * An API 1.1 plugin: trims ({@code keepFrom}/{@code keepTo}, seconds into the clip's source, -1 for none) and
 * retimes ({@code speed}, 0 for none) each selected clip, optionally with a new take (a plain copy). It lists
 * its outputs trim first and take last, the reverse of the order the host applies them.
 */
public final class TimingPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        var result = JobResult.builder();
        double speed = job.parameters().number("speed");
        double from = job.parameters().number("keepFrom");
        double to = job.parameters().number("keepTo");
        for (ClipRef clip : ((Selection.Clips) job.selection()).clips()) {
            ExactTime start = clip.sourceRange().start();
            if (from >= 0 && to >= 0) result.trim(clip.clipId(), new TimeSpan(start.plus(millis(from)), millis(to).minus(millis(from))));
            if (speed > 0) result.retime(clip.clipId(), speed);
            if (job.parameters().bool("take")) result.newTake(clip.clipId(), copy(clip, context), "Copy");
        }
        return result.note("plan", "trim and retime").summary("timed").build();
    }

    private static ExactTime millis(double seconds) {
        return ExactTime.of(Math.round(seconds * 1000), 1000);
    }

    private static java.nio.file.Path copy(ClipRef clip, JobContext context) throws Exception {
        var out = context.newOutputFile(clip.clipId() + "-copy.mp4");
        try (var frames = context.media().readVideo(clip, clip.width(), clip.height());
             var writer = context.media().writeMedia(out, OutputFormat.video(frames.width(), frames.height(), frames.frameRate()))) {
            for (RgbFrame f; (f = frames.next()) != null; ) writer.writeFrame(f.rgb());
            writer.finish();
        }
        return out;
    }
}
