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
import dev.cutroom.plugin.instruct.execute.DirectContext;
import dev.cutroom.plugin.instruct.execute.MaskQualityTest;
import dev.cutroom.plugin.instruct.execute.PlanRunner;
import dev.cutroom.plugin.instruct.execute.RgbImage;
import dev.cutroom.plugin.instruct.execute.RifeInterpolator;
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
 * One table for the executor: throughput of a look-only plan on 1080p against the {@code ffmpeg} program of the same
 * FFmpeg build (the one inside JavaCV's platform jar) running the same filter graph with the same encoder, bitrate
 * and AAC, several rounds side by side with the median ratio; mask IoU and flicker on the drawn figure (see
 * MaskQualityTest); RIFE milliseconds per interpolated frame at two sizes; and the process's peak resident memory.
 * Run: {@code java -cp <test classpath> dev.cutroom.plugin.instruct.bench.ExecuteBench [seconds] [rounds]}.
 */
public final class ExecuteBench {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("execute-bench");
        List<String> rows = new ArrayList<>();
        rows.addAll(lookOnly(dir, seconds, rounds));
        double[] mask = MaskQualityTest.measure(320, 180, 40, true);
        double[] raw = MaskQualityTest.measure(320, 180, 40, false);
        rows.add(row("mask IoU, drawn figure 320x180, 40 noisy frames", String.format("%.3f (unsmoothed %.3f)", mask[0], raw[0])));
        rows.add(row("mask flicker, mean |change| per frame", String.format("%.5f (unsmoothed %.5f)", mask[1], raw[1])));
        for (int[] size : new int[][] {{640, 360}, {1280, 720}, {1920, 1080}}) {
            double[] rife = rifeMsPerFrame(dir, size[0], size[1]);
            FrameSize work = RifeInterpolator.workingSize(new FrameSize(size[0], size[1]));
            String at = work.width() == size[0] ? "" : ", interpolated at " + work + " and scaled up";
            rows.add(row("RIFE v4.6 ms per frame, " + size[0] + "x" + size[1] + at + " (" + (int) rife[2] + " runs)",
                    String.format("%.0f (peak RSS now %.0f MiB)", rife[0], rife[1])));
        }
        rows.add(row("peak resident memory of the bench", String.format("%.0f MiB", peakRssMiB())));
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows.forEach(System.out::println);
    }

    private static String row(String what, String value) {
        return "| " + what + " | " + value + " |";
    }

    /** Rounds of PlanRunner and the ffmpeg program on the same 1080p clip, alternated so both see the same machine. */
    private static List<String> lookOnly(Path dir, int seconds, int rounds) throws Exception {
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
        double[] ours = new double[rounds], theirs = new double[rounds], ratio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            new PlanRunner().run(plan, Job.onClips(ParameterValues.EMPTY, clip), context(dir));
            ours[round] = frames / ((System.nanoTime() - t0) / 1e9);
            Path ref = dir.resolve("ffmpeg-" + round + ".mp4");
            long bitrate = Math.max(400_000, (long) (w * (double) h * 25 * 0.12));
            List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-i", source.toString(),
                    "-vf", graph, "-c:v", "libopenh264", "-b:v", Long.toString(bitrate), "-allow_skip_frames", "0", "-rc_mode", "bitrate",
                    "-g", "50", "-c:a", "aac", "-b:a", "128000", ref.toString()));
            long t1 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IOException("ffmpeg failed: " + log);
            theirs[round] = frames / ((System.nanoTime() - t1) / 1e9);
            ratio[round] = ours[round] / theirs[round];
        }
        return List.of(
                row("look-only plan, 1080p " + seconds + " s (sepia, contrast, vignette, fade), rounds", String.valueOf(rounds)),
                row("  Cutroom fps per round", join(ours, "%.1f")),
                row("  ffmpeg CLI fps per round", join(theirs, "%.1f")),
                row("  ratio Cutroom / ffmpeg per round", join(ratio, "%.2f")),
                row("  median ratio", String.format("%.2f", median(ratio))),
                row("  graph", "`" + graph + "`"));
    }

    /** {ms per interpolated frame, peak RSS MiB after, runs} of RIFE between two moving-square frames at w x h. */
    private static double[] rifeMsPerFrame(Path dir, int w, int h) throws Exception {
        DirectContext ctx = new DirectContext(dir);
        RgbImage a = square(w, h, 0);
        RgbImage b = square(w, h, w / 16);
        int runs = w >= 1920 ? 2 : w >= 1280 ? 3 : 6;
        try (RifeInterpolator rife = new RifeInterpolator(ctx.models().open(RifeInterpolator.MODEL))) {
            rife.between(a, b, 0.5); // warm-up: session start and first allocation
            long t0 = System.nanoTime();
            for (int k = 0; k < runs; k++) rife.between(a, b, (k + 1.0) / (runs + 1));
            return new double[] {(System.nanoTime() - t0) / 1e6 / runs, peakRssMiB(), runs};
        }
    }

    private static RgbImage square(int w, int h, int shift) {
        byte[] px = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                boolean in = x >= w / 4 + shift && x < w / 4 + shift + h / 3 && y >= h / 3 && y < 2 * h / 3;
                px[i] = (byte) (in ? 240 : 60 + y * 60 / h);
                px[i + 1] = (byte) (in ? 200 : 110);
                px[i + 2] = (byte) (in ? 40 : 170);
            }
        }
        return new RgbImage(w, h, 3, px);
    }

    /** VmHWM of this process (native memory included: ONNX Runtime and FFmpeg allocate outside the heap). */
    static double peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
        return Double.NaN;
    }

    private static String join(double[] v, String format) {
        StringBuilder b = new StringBuilder();
        for (double x : v) b.append(b.isEmpty() ? "" : ", ").append(String.format(format, x));
        return b.toString();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
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
