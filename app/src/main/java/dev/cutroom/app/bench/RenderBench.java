package dev.cutroom.app.bench;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.render.CancelToken;
import dev.cutroom.engine.render.ExportResult;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.engine.render.Exporter;
import dev.cutroom.engine.render.ProgressListener;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.Project;
import org.bytedeco.javacpp.Loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Render throughput against the {@code ffmpeg} command-line tool doing the same concatenation with the
 * same encoder (libopenh264), bitrate, GOP and AAC settings. The reference is the {@code ffmpeg} program
 * that ships with the same FFmpeg build JavaCV uses: Debian's {@code ffmpeg} has no libopenh264, so it
 * could not use the same encoder. Runs alternate so that machine noise hits both sides alike.
 */
public final class RenderBench {
    /** Seconds of each side's best run and the frames rendered. */
    public record Result(double cutroomSeconds, double ffmpegSeconds, long frames) {
        public double ratio() { return ffmpegSeconds / cutroomSeconds; }
    }

    private RenderBench() {}

    /**
     * @param project a project whose V1/A1 hold {@code sources} one after another, full frame, speed 1
     * @param sources the media files in timeline order
     */
    public static Result run(Project project, Path projectFolder, List<Path> sources, Path workDir, int rounds) throws IOException, InterruptedException {
        var timeline = project.timeline();
        long frames = timeline.duration();
        long bitrate = 1_000_000;
        int gop = (int) Math.round(timeline.rate().toDouble() * 2);
        ExportSettings settings = ExportSettings.defaults().withVideoBitrate(bitrate).withFastStart(false);
        Exporter exporter = new Exporter(new MediaResolver(projectFolder));
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);

        // One untimed round first: the editor is a long-running process, so compare it warm (JIT compiled,
        // natives loaded) with a warm ffmpeg (files in the page cache).
        double best = Double.MAX_VALUE, bestReference = Double.MAX_VALUE;
        for (int round = -1; round < rounds; round++) {
            Path ours = workDir.resolve("cutroom-" + round + ".mp4");
            ExportResult result = exporter.export(project, ours, settings, ProgressListener.NONE, CancelToken.NEVER);
            if (round >= 0) best = Math.min(best, result.elapsed().toNanos() / 1e9);
            if (result.videoFrames() != frames) throw new IllegalStateException("render wrote " + result.videoFrames() + " frames, expected " + frames);

            Path reference = workDir.resolve("ffmpeg-" + round + ".mp4");
            double referenceSeconds = runFfmpeg(ffmpeg, sources, reference, timeline.width(), timeline.height(),
                    timeline.rate().toString(), timeline.sampleRate(), bitrate, gop, settings.audioBitrate());
            if (round >= 0) bestReference = Math.min(bestReference, referenceSeconds);
            long referenceFrames = MediaProbe.probe(reference).video().frameCount();
            if (Math.abs(referenceFrames - frames) > 2) {
                throw new IllegalStateException("ffmpeg wrote " + referenceFrames + " frames, expected " + frames + ": not the same job");
            }
        }
        return new Result(best, bestReference, frames);
    }

    private static double runFfmpeg(String ffmpeg, List<Path> sources, Path out, int width, int height, String rate,
                                     int sampleRate, long bitrate, int gop, int audioBitrate) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y"));
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            cmd.add("-i");
            cmd.add(sources.get(i).toString());
            graph.append(String.format(Locale.ROOT, "[%d:v]scale=%d:%d,fps=%s,format=yuv420p[v%d];", i, width, height, rate, i));
            MediaInfo info = MediaProbe.probe(sources.get(i));
            if (info.hasAudio()) {
                graph.append(String.format(Locale.ROOT, "[%d:a]aresample=%d[a%d];", i, sampleRate, i));
            } else {
                // A silent stretch as long as the picture, as the timeline has silence under a clip without sound.
                graph.append(String.format(Locale.ROOT, "anullsrc=r=%d:cl=stereo,atrim=duration=%.6f[a%d];",
                        sampleRate, info.duration().toDouble(), i));
            }
        }
        for (int i = 0; i < sources.size(); i++) graph.append("[v").append(i).append("][a").append(i).append("]");
        graph.append("concat=n=").append(sources.size()).append(":v=1:a=1[v][a]");
        cmd.addAll(List.of("-filter_complex", graph.toString(), "-map", "[v]", "-map", "[a]",
                "-c:v", "libopenh264", "-b:v", Long.toString(bitrate), "-g", Integer.toString(gop),
                "-allow_skip_frames", "0", "-rc_mode", "bitrate",
                "-c:a", "aac", "-b:a", Integer.toString(audioBitrate), "-ac", "2", out.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] log = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("reference ffmpeg failed: " + new String(log).strip());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!Files.isRegularFile(out)) throw new IOException("reference ffmpeg wrote nothing");
        return seconds;
    }
}
