package dev.cutroom.plugin.testkit;

import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small generated videos with known content: shots of solid colour or with a moving square, one after another,
 * so a test knows exactly where the cuts are. Written as H.264 MP4 through the same engine the host uses.
 *
 * <pre>{@code
 * Path video = TestMedia.video(dir.resolve("two-shots.mp4"), 96, 54, new Fps(25, 1),
 *         TestMedia.moving(30, 0x2040a0, 0xffffff), TestMedia.solid(20, 0xc03020));
 * List<Long> cuts = TestMedia.cutFrames(...same shots...);   // [30]
 * }</pre>
 */
public final class TestMedia {
    private TestMedia() {}

    /** Paints frame {@code index} (from 0 within its shot) into packed RGB ({@code width * height * 3} bytes). */
    @FunctionalInterface
    public interface Painter {
        void paint(int index, int width, int height, byte[] rgb);
    }

    /** A run of {@code frames} frames drawn by {@code painter}. */
    public record Shot(int frames, Painter painter) {
        public Shot {
            if (frames < 1) throw new IllegalArgumentException("a shot needs at least one frame");
        }
    }

    /** A still shot of one colour ({@code 0xRRGGBB}). */
    public static Shot solid(int frames, int rgb) {
        return new Shot(frames, (i, w, h, out) -> fill(out, w * h, rgb));
    }

    /**
     * A shot with motion: a square of colour {@code square} (a quarter of the height) moving left to right
     * across a background of colour {@code background}, with a gentle brightness ramp over the frame.
     */
    public static Shot moving(int frames, int background, int square) {
        return new Shot(frames, (i, w, h, out) -> {
            for (int y = 0; y < h; y++) {
                int shade = y * 24 / Math.max(1, h - 1) - 12;
                for (int x = 0; x < w; x++) put(out, (y * w + x) * 3, background, shade);
            }
            int size = Math.max(2, h / 4);
            int x0 = (int) ((long) i * (w - size) / Math.max(1, frames - 1));
            int y0 = (h - size) / 2;
            for (int y = y0; y < y0 + size; y++) for (int x = x0; x < x0 + size && x < w; x++) put(out, (y * w + x) * 3, square, 0);
        });
    }

    /** Writes the shots one after another as a silent video and returns {@code file}. Width and height must be even. */
    public static Path video(Path file, int width, int height, Fps rate, Shot... shots) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] rgb = new byte[width * height * 3];
            try (var writer = new EngineMediaAccess().writeMedia(file, OutputFormat.video(width, height, rate))) {
                for (Shot shot : shots) {
                    for (int i = 0; i < shot.frames(); i++) {
                        shot.painter().paint(i, width, height, rgb);
                        writer.writeFrame(rgb);
                    }
                }
                writer.finish();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test video " + file, e);
        }
    }

    /** The frame numbers (from 0) where each shot after the first begins. */
    public static List<Long> cutFrames(Shot... shots) {
        List<Long> cuts = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < shots.length - 1; i++) {
            at += shots[i].frames();
            cuts.add(at);
        }
        return cuts;
    }

    private static void fill(byte[] out, int pixels, int rgb) {
        for (int p = 0; p < pixels; p++) put(out, p * 3, rgb, 0);
    }

    private static void put(byte[] out, int i, int rgb, int shade) {
        out[i] = (byte) clamp(((rgb >> 16) & 0xff) + shade);
        out[i + 1] = (byte) clamp(((rgb >> 8) & 0xff) + shade);
        out[i + 2] = (byte) clamp((rgb & 0xff) + shade);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
