package dev.cutroom.plugin.instruct.bench;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import dev.cutroom.plugin.instruct.execute.GraphBuilder;
import dev.cutroom.plugin.instruct.execute.ClipTiming;
import dev.cutroom.plugin.instruct.execute.FrameSize;
import dev.cutroom.plugin.instruct.execute.PlanRunner;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;

/**
 * Throughput of a look-only plan on 1080p against the {@code ffmpeg} program of the same FFmpeg build (the one
 * inside JavaCV's platform jar) running the same filter graph with the same encoder, bitrate and AAC, in the same
 * run. Mask IoU and flicker: see MaskQualityTest.measure, repeated here over more frames.
 * Run: {@code java -cp <test classpath> dev.cutroom.plugin.instruct.bench.ExecuteBench [seconds]}.
 */
public final class ExecuteBench {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Path dir = Files.createTempDirectory("execute-bench");
        Fps fps = new Fps(25, 1);
        int w = 1920, h = 1080, frames = seconds * 25;
        Path source = dir.resolve("source.mp4");
        try (var out = new EngineMediaAccess().writeMedia(source, new OutputFormat(w, h, fps, 48_000, 2))) {
            byte[] rgb = new byte[w * h * 3];
            float[] silence = new float[48_000 / 25 * 2];
            for (int i = 0; i < frames; i++) {
                for (int p = 0; p < w * h; p++) {
                    int x = p % w, y = p / w;
                    rgb[p * 3] = (byte) (x * 255 / w);
                    rgb[p * 3 + 1] = (byte) (y * 255 / h);
                    rgb[p * 3 + 2] = (byte) ((x + y + i * 8) & 0xff);
                }
                out.writeFrame(rgb);
                out.writeAudio(silence, silence.length / 2);
            }
            out.finish();
        }
        ClipRef clip = new ClipRef("bench", "t", source, new TimeSpan(ExactTime.ZERO, ExactTime.seconds(seconds)), ExactTime.ZERO, fps, w, h, 48_000, 2);
        Plan plan = new Plan("", List.of(Step.of(OpKind.SEPIA, "amount", 0.8), Step.of(OpKind.CONTRAST, "factor", 1.2),
                Step.of(OpKind.VIGNETTE), Step.of(OpKind.FADE_IN, "duration", 0.5)));
        String graph = GraphBuilder.build(plan, new FrameSize(w, h), new ClipTiming(clip, 1), Optional.empty(), dir, 0, frames).graph("format=yuv420p");
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        System.out.println("graph: " + graph);
        System.out.printf("%-8s %12s %12s %8s%n", "round", "cutroom fps", "ffmpeg fps", "ratio");
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            new PlanRunner().run(plan, Job.onClips(ParameterValues.EMPTY, clip), context(dir));
            double ours = (System.nanoTime() - t0) / 1e9;
            Path ref = dir.resolve("ffmpeg-" + round + ".mp4");
            long bitrate = Math.max(400_000, (long) (w * (double) h * 25 * 0.12));
            List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-i", source.toString(),
                    "-vf", graph, "-c:v", "libopenh264", "-b:v", Long.toString(bitrate), "-allow_skip_frames", "0", "-rc_mode", "bitrate",
                    "-g", "50", "-c:a", "aac", "-b:a", "128000", ref.toString()));
            long t1 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IOException("ffmpeg failed: " + log);
            double theirs = (System.nanoTime() - t1) / 1e9;
            System.out.printf("%-8d %12.1f %12.1f %8.2f%n", round, frames / ours, frames / theirs, theirs / ours);
        }
    }

    private static JobContext context(Path dir) {
        return new JobContext() {
            public void progress(double f, String m) {}
            public boolean isCancelled() { return false; }
            public void log(LogLevel l, String m) {}
            public Path scratchDir() { return dir; }
            public Path newOutputFile(String name) {
                try {
                    return Files.createTempFile(dir, "", "-" + name);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            public MediaAccess media() { return new EngineMediaAccess(); }
            public ModelAccess models() { throw new UnsupportedOperationException(); }
            public String device() { return "cpu"; }
        };
    }
}
