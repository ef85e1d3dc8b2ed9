package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.TrackTarget;
import java.nio.file.Files;

/** Writes a 10-frame grey clip for a track named "Generated" at 0.2 s, and a text side file with the instruction. */
public final class ClipAndSideFilePlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        var clip = ((Selection.Clips) job.selection()).only();
        var video = context.newOutputFile("grey.mp4");
        try (var writer = context.media().writeMedia(video, OutputFormat.video(clip.width(), clip.height(), clip.frameRate()))) {
            byte[] grey = new byte[clip.width() * clip.height() * 3];
            java.util.Arrays.fill(grey, (byte) 128);
            for (int i = 0; i < 10; i++) writer.writeFrame(grey);
            writer.finish();
        }
        var notes = context.newOutputFile("notes.txt");
        Files.writeString(notes, job.instruction());
        return JobResult.builder()
                .newClip(TrackTarget.named("Generated"), ExactTime.of(1, 5), video, "Grey")
                .sideFile(notes, "text/plain", clip.clipId())
                .model(new dev.cutroom.plugin.api.ModelInfo("bundled-lut", "3", "abc123"))
                .build();
    }
}
