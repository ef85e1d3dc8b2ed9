package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.Selection;

/** A well-behaved plugin: reads each selected clip's frames and writes an inverted copy as a new take. */
public final class InvertTakePlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        var result = JobResult.builder();
        var clips = ((Selection.Clips) job.selection()).clips();
        for (ClipRef clip : clips) {
            var out = context.newOutputFile(clip.clipId() + "-inverted.mp4");
            try (var frames = context.media().readVideo(clip, clip.width(), clip.height());
                 var writer = context.media().writeMedia(out, OutputFormat.video(frames.width(), frames.height(), frames.frameRate()))) {
                for (RgbFrame f; (f = frames.next()) != null; ) {
                    context.checkCancelled();
                    byte[] rgb = f.rgb().clone();
                    for (int i = 0; i < rgb.length; i++) rgb[i] = (byte) (255 - (rgb[i] & 0xff));
                    writer.writeFrame(rgb);
                    context.progress((f.index() + 1.0) / frames.frameCount(), "frame " + (f.index() + 1) + " of " + frames.frameCount());
                }
                writer.finish();
            }
            result.newTake(clip.clipId(), out, "Inverted");
        }
        System.out.println("a plugin printing to stdout must not break the protocol");
        return result.note("strength", String.valueOf(job.parameters().number("strength")))
                .summary("inverted " + clips.size() + " clip(s)").build();
    }
}
