package dev.cutroom.engine;

import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Tiny synthetic media for tests. "Indexed" video paints each frame's number as {@value #BITS} black or
 * white vertical bands over a coloured background, so a decoded frame tells which frame it is even
 * after lossy compression.
 */
public final class TestMedia {
    public static final int BITS = 10;

    private TestMedia() {}

    /** Video whose frame n shows n in binary; optional sine tone of {@code toneHz} (0 = no audio). */
    public static Path indexedVideo(Path file, int width, int height, FrameRate rate, int frames, double toneHz) {
        return write(file, width, height, rate, frames, toneHz, (n, pixels) -> paintIndex(pixels, width, height, n));
    }

    /** A single solid colour for every frame (RGB 0..255); optional tone. */
    public static Path solidVideo(Path file, int width, int height, FrameRate rate, int frames, int[] rgb, double toneHz) {
        return write(file, width, height, rate, frames, toneHz, (n, pixels) -> paintSolid(pixels, rgb));
    }

    /** Corner colours of {@link #quadrants}: top-left, top-right, bottom-left, bottom-right as stored. */
    public static final int[][] QUADRANT_RGB = {{220, 30, 30}, {30, 200, 30}, {30, 40, 220}, {235, 235, 235}};

    /**
     * Video whose stored picture has four coloured quarters ({@link #QUADRANT_RGB}), written with display
     * metadata: {@code clockwise} degrees of rotation (a display matrix, as phones write it) and a sample
     * aspect ratio ({@code sampleAspect} wide pixels; 1 for square).
     */
    public static Path quadrants(Path file, int width, int height, FrameRate rate, int frames, int clockwise, double sampleAspect) {
        FFmpegRuntime.ensureInitialised();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName(MediaWriter.H264_ENCODER);
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setFrameRate(rate.toDouble());
            recorder.setVideoBitrate(2_000_000);
            recorder.setDisplayRotation(-clockwise); // FFmpeg's display matrix angle is counter-clockwise
            if (sampleAspect != 1) recorder.setAspectRatio(sampleAspect);
            recorder.start();
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            ByteBuffer bgr = (ByteBuffer) frame.image[0];
            int stride = frame.imageStride;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int[] rgb = QUADRANT_RGB[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
                    int i = y * stride + x * 3;
                    bgr.put(i, (byte) rgb[2]).put(i + 1, (byte) rgb[1]).put(i + 2, (byte) rgb[0]);
                }
            }
            for (int i = 0; i < frames; i++) recorder.record(frame);
            recorder.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        return file;
    }

    /** Audio-only file with a sine tone of the given amplitude. */
    public static Path tone(Path file, int sampleRate, int channels, Rational seconds, double hz, double amplitude) {
        try (MediaWriter writer = MediaWriter.open(file, null, new MediaWriter.AudioSettings(sampleRate, channels, 192_000 * channels), false)) {
            int total = (int) seconds.times(Rational.of(sampleRate)).round();
            writer.writeAudio(sine(0, total, sampleRate, channels, hz, amplitude), 0, total);
            writer.finish();
        }
        return file;
    }

    interface Painter { void paint(int frameIndex, ByteBuffer bgr); }

    private static Path write(Path file, int width, int height, FrameRate rate, int frames, double toneHz, Painter painter) {
        var video = MediaWriter.VideoSettings.of(width, height, rate, 0.3);
        var audio = toneHz > 0 ? MediaWriter.AudioSettings.aac(48000, 2) : null;
        VideoFrame frame = VideoFrame.black(width, height, PixelFormat.BGR24);
        try (MediaWriter writer = MediaWriter.open(file, video, audio, false)) {
            long samplesDone = 0;
            for (int n = 0; n < frames; n++) {
                painter.paint(n, frame.data());
                writer.writeVideo(frame);
                if (audio != null) {
                    long until = rate.toSeconds(n + 1).times(Rational.of(48000)).floor();
                    int count = (int) (until - samplesDone);
                    writer.writeAudio(sine(samplesDone, count, 48000, 2, toneHz, 0.5), 0, count);
                    samplesDone = until;
                }
            }
            writer.finish();
        }
        return file;
    }

    public static float[] sine(long firstSample, int count, int sampleRate, int channels, double hz, double amplitude) {
        float[] out = new float[count * channels];
        for (int i = 0; i < count; i++) {
            float v = (float) (amplitude * Math.sin(2 * Math.PI * hz * (firstSample + i) / sampleRate));
            for (int c = 0; c < channels; c++) out[i * channels + c] = v;
        }
        return out;
    }

    static void paintSolid(ByteBuffer bgr, int[] rgb) {
        for (int i = 0; i + 2 < bgr.capacity(); i += 3) {
            bgr.put(i, (byte) rgb[2]).put(i + 1, (byte) rgb[1]).put(i + 2, (byte) rgb[0]);
        }
    }

    static void paintIndex(ByteBuffer bgr, int width, int height, int index) {
        int band = width / BITS;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int bit = Math.min(BITS - 1, x / band);
                boolean on = ((index >> bit) & 1) != 0;
                int i = (y * width + x) * 3;
                byte v = (byte) (on ? 235 : 20);
                bgr.put(i, v).put(i + 1, v).put(i + 2, v);
            }
        }
    }

    /** Reads back the number painted by {@link #indexedVideo}, from band centres at mid height. */
    public static int readIndex(VideoFrame frame) {
        int band = frame.width() / BITS;
        int value = 0;
        for (int bit = 0; bit < BITS; bit++) {
            int[] rgb = frame.rgbAt(bit * band + band / 2, frame.height() / 2);
            if ((rgb[0] + rgb[1] + rgb[2]) / 3 > 128) value |= 1 << bit;
        }
        return value;
    }
}
