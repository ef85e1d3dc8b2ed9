package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.JobContext;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Writes one take in a single pass over the frames: each picture is read (straight from the decoder, or as RGB
 * when Java stages or a time map need it), goes through the Java stages and the one FFmpeg graph, and is encoded,
 * with the sound written alongside up to the same time. Pictures are as shown whichever way they are read (the
 * host's RGB frames are; decoded ones are turned and given square pixels at the head of the graph), so a take of
 * a rotated or anamorphic clip is upright with square pixels and carries no rotation, and shows like its original.
 */
public final class TakeRenderer {
    private final JobContext context;

    public TakeRenderer(JobContext context) {
        this.context = context;
    }

    /** What to render. */
    public record Job(ClipRef clip, VideoRecipe recipe, List<FrameStage> stages, TimeMap time, Interpolator interpolator,
                      double takeFps, String audioFilters, Path file, double progressFrom, double progressTo) {}

    public void render(Job job) throws Exception {
        ClipRef clip = job.clip();
        int frames = job.time().takeFrames();
        int rate = clip.hasAudio() ? clip.sampleRate() : 0;
        try (TakeWriter writer = TakeWriter.open(job.file(), job.recipe().output(), job.takeFps(), rate, clip.channels(), job.recipe().alpha());
             TakeAudio audio = rate > 0 ? new TakeAudio(context.media(), clip, job.time().reverse(), job.audioFilters()) : null) {
            boolean direct = job.stages().isEmpty() && job.time().isIdentity();
            int channels = job.recipe().alpha() ? 4 : 3;
            int inputFormat = direct ? avutil.AV_PIX_FMT_YUV420P : FilterGraph.packedFormat(channels);
            String graphText = job.recipe().graph(writer.graphOutputFormat());
            FrameSize graphInput = job.recipe().graphInput();
            // host frames (RGB paths) are already as shown; frames decoded here are as stored and are turned and
            // scaled to square pixels at the head of the graph, so every take is upright with square pixels
            try (DirectFrames directSource = direct ? new DirectFrames(clip) : null) {
                if (directSource != null) {
                    String toShown = directSource.picture().toShown(graphInput);
                    if (toShown != null) {
                        graphText = toShown + "," + graphText;
                        graphInput = directSource.picture().size();
                    }
                }
                try (FilterGraph graph = new FilterGraph(graphText, graphInput, inputFormat, job.takeFps(), picture -> {
                        writer.writeVideo(picture);
                        long k = writer.framesWritten();
                        if (audio != null) audio.writeUntil(Math.round(k * (double) rate / job.takeFps()), writer);
                    })) {
                    render(job, graph, directSource, frames);
                }
            }
            if (writer.framesWritten() != frames) {
                throw new IllegalStateException("the filter graph gave " + writer.framesWritten() + " frames for " + frames);
            }
            if (audio != null) audio.finish(writer);
            writer.finish();
        }
    }

    /** Pushes every take frame through the graph: straight from the decoder, or as RGB through the Java stages. */
    private void render(Job job, FilterGraph graph, DirectFrames directSource, int frames) throws Exception {
        if (directSource != null) {
            for (int k = 0; k < frames; k++) {
                graph.push(directSource.next());
                progress(job, k, frames);
            }
        } else {
            try (SourceFrames source = new SourceFrames(context.media(), job.clip(), job.time().sourceFrames(), 24)) {
                TakeFrames pictures = new TakeFrames(source, job.time(), job.interpolator());
                for (int k = 0; k < frames; k++) {
                    RgbImage picture = pictures.frame(k);
                    for (FrameStage stage : job.stages()) picture = stage.apply(picture, k);
                    graph.push(picture);
                    progress(job, k, frames);
                }
            }
        }
        graph.finish();
    }

    /** Writes a take with sound only (an audio clip): the clip's samples through the audio filters. */
    public void renderSound(ClipRef clip, boolean reverse, String audioFilters, Path file) throws Exception {
        try (TakeWriter writer = TakeWriter.open(file, null, 25, clip.sampleRate(), clip.channels(), false);
             TakeAudio audio = new TakeAudio(context.media(), clip, reverse, audioFilters)) {
            audio.finish(writer);
            writer.finish();
        }
    }

    private void progress(Job job, int k, int frames) {
        context.checkCancelled();
        if (k % 5 == 0) {
            double f = job.progressFrom() + (job.progressTo() - job.progressFrom()) * (k + 1) / frames;
            context.progress(f, "Frame " + (k + 1) + " of " + frames);
        }
    }
}
