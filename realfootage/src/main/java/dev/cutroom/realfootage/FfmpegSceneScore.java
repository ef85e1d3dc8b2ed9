package dev.cutroom.realfootage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: FFmpeg's own scene-change scores for every frame of a video, from the ffmpeg command-line tool
 * ({@code select='gte(scene,0)'} gives {@code lavfi.scene_score} in 0..1, what {@code select=gt(scene,X)} thresholds;
 * {@code scdet} gives {@code lavfi.scd.score} in 0..100, which it thresholds at 10 by default). Job thread.
 */
public final class FfmpegSceneScore {
    /** Per-frame scores; index i compares frame i with frame i - 1 (frame 0 scores 0). */
    public record Scores(double[] scene, double[] scdet) {
        /** Frames whose {@code scene} score is above {@code threshold}: what {@code select=gt(scene,X)} keeps. */
        public List<Integer> sceneCuts(double threshold) {
            return above(scene, threshold);
        }

        /** Frames {@code scdet} would flag at {@code threshold} (0..100). */
        public List<Integer> scdetCuts(double threshold) {
            return above(scdet, threshold);
        }

        private static List<Integer> above(double[] scores, double threshold) {
            List<Integer> out = new ArrayList<>();
            for (int i = 1; i < scores.length; i++) if (scores[i] > threshold) out.add(i);
            return out;
        }
    }

    private FfmpegSceneScore() {}

    /** Whether an {@code ffmpeg} executable answers on the PATH. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-version").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs ffmpeg over {@code video} and returns both scores for each of its {@code frames} frames. */
    public static Scores of(Path video, int frames) throws IOException {
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostats", "-loglevel", "error", "-i", video.toString(), "-an",
                "-vf", "scdet=threshold=10,select='gte(scene\\,0)',metadata=print:file=-", "-f", "null", "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double[] scene = new double[frames], scdet = new double[frames];
        int frame = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("frame:")) {
                    frame = Integer.parseInt(line.substring(6, line.indexOf(' ')).trim());
                } else if (frame >= 0 && frame < frames && line.startsWith("lavfi.scene_score=")) {
                    scene[frame] = Double.parseDouble(line.substring(line.indexOf('=') + 1));
                } else if (frame >= 0 && frame < frames && line.startsWith("lavfi.scd.score=")) {
                    scdet[frame] = Double.parseDouble(line.substring(line.indexOf('=') + 1));
                }
            }
        }
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("ffmpeg failed on " + video);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        scene[0] = 0;
        scdet[0] = 0;
        return new Scores(scene, scdet);
    }
}
