package dev.cutroom.realfootage;

import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.timeline.model.FrameRate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes pictures as an H.264 MP4 through the engine's encoder (libopenh264, the one the editor exports with), at
 * a bitrate given in bits per pixel per frame. Writes to a temporary name and moves it into place, so a failed run
 * never leaves a half-written clip. Any thread.
 */
public final class H264Clip {
    /** Bits per pixel per frame of web video at typical delivery quality (e.g. 1080p25 at ~5 Mbit/s). */
    public static final double WEB_QUALITY = 0.1;

    private H264Clip() {}

    /** Writes {@code frames} (all the same even size) at {@code rate} and returns {@code file}. */
    public static Path write(Path file, List<Picture> frames, FrameRate rate, double bitsPerPixel) throws IOException {
        if (frames.isEmpty()) throw new IllegalArgumentException("no frames to encode");
        int w = frames.getFirst().width(), h = frames.getFirst().height();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part.mp4");
        ByteBuffer buffer = ByteBuffer.allocateDirect(w * h * 3);
        try (MediaWriter writer = MediaWriter.open(part, MediaWriter.VideoSettings.of(w, h, rate, bitsPerPixel), null, false)) {
            for (Picture p : frames) {
                if (p.width() != w || p.height() != h) throw new IllegalArgumentException("frames differ in size");
                buffer.put(0, p.rgb());
                writer.writeVideo(new VideoFrame(w, h, PixelFormat.RGB24, buffer, dev.cutroom.timeline.model.Rational.ZERO));
            }
            writer.finish();
        } catch (RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        return Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Decodes every frame of {@code video} through the engine's decoder, scaled to {@code width x height} (0, 0: as stored). */
    public static List<Picture> read(Path video, int width, int height) {
        List<Picture> frames = new ArrayList<>();
        try (VideoReader reader = VideoReader.open(video, VideoReader.Options.scaled(width, height, PixelFormat.RGB24))) {
            for (VideoFrame f; (f = reader.next()) != null; ) {
                byte[] rgb = new byte[f.width() * f.height() * 3];
                f.data().get(0, rgb);
                frames.add(new Picture(f.width(), f.height(), rgb));
            }
        }
        return frames;
    }

    /** Peak signal-to-noise ratio of {@code test} against {@code truth} over all channels, in dB (99 when equal). */
    public static double psnr(Picture truth, Picture test) {
        byte[] a = truth.rgb(), b = test.rgb();
        if (a.length != b.length) throw new IllegalArgumentException("pictures differ in size");
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            int d = (a[i] & 0xff) - (b[i] & 0xff);
            sum += d * d;
        }
        double mse = sum / a.length;
        return mse == 0 ? 99 : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
