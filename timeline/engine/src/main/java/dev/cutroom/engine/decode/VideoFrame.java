package dev.cutroom.engine.decode;

import dev.cutroom.timeline.model.Rational;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One picture: tightly packed pixels in a direct buffer (see {@link PixelFormat} for layouts).
 * Frames returned by readers and renderers are reused by the next call; use {@link #copy()} to keep one.
 *
 * @param timestamp presentation time in seconds from the start of the media (or timeline)
 */
public record VideoFrame(int width, int height, PixelFormat format, ByteBuffer data, Rational timestamp) {
    public VideoFrame {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        if (data.capacity() < format.bufferSize(width, height)) {
            throw new IllegalArgumentException("buffer of " + data.capacity() + " bytes is too small for " + width + "x" + height + " " + format);
        }
    }

    /** A black frame in a fresh direct buffer. */
    public static VideoFrame black(int width, int height, PixelFormat format) {
        ByteBuffer data = ByteBuffer.allocateDirect(format.bufferSize(width, height));
        VideoFrame frame = new VideoFrame(width, height, format, data, Rational.ZERO);
        frame.fillBlack();
        return frame;
    }

    /** Sets every pixel to black (YUV black is 16/128/128, not zeros). */
    public void fillBlack() {
        if (format != PixelFormat.YUV420P) {
            for (int i = 0; i < format.bufferSize(width, height); i++) data.put(i, (byte) 0);
            return;
        }
        int luma = width * height;
        int total = format.bufferSize(width, height);
        for (int i = 0; i < luma; i++) data.put(i, (byte) 16);
        for (int i = luma; i < total; i++) data.put(i, (byte) 128);
    }

    public VideoFrame withTimestamp(Rational t) {
        return new VideoFrame(width, height, format, data, t);
    }

    /** A deep copy that later reads do not overwrite. */
    public VideoFrame copy() {
        int size = format.bufferSize(width, height);
        ByteBuffer clone = ByteBuffer.allocateDirect(size);
        clone.put(0, data, 0, size);
        return new VideoFrame(width, height, format, clone, timestamp);
    }

    /** Red, green, blue (0..255) of one pixel; YUV is converted with BT.601 limited-range maths. */
    public int[] rgbAt(int x, int y) {
        Objects.checkIndex(x, width);
        Objects.checkIndex(y, height);
        return switch (format) {
            case RGB24 -> { int i = (y * width + x) * 3; yield new int[] {u8(i), u8(i + 1), u8(i + 2)}; }
            case BGR24 -> { int i = (y * width + x) * 3; yield new int[] {u8(i + 2), u8(i + 1), u8(i)}; }
            case YUV420P -> yuvToRgb(x, y);
        };
    }

    private int[] yuvToRgb(int x, int y) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        int luma = u8(y * width + x) - 16;
        int u = u8(width * height + (y / 2) * cw + x / 2) - 128;
        int v = u8(width * height + cw * ch + (y / 2) * cw + x / 2) - 128;
        double yy = 1.164 * luma;
        return new int[] {clamp(yy + 1.596 * v), clamp(yy - 0.392 * u - 0.813 * v), clamp(yy + 2.017 * u)};
    }

    /**
     * This frame as a {@code TYPE_3BYTE_BGR} image (a copy). A convenience for the UI and tests;
     * RGB24 and YUV420P are converted pixel by pixel, so do not use it on a hot path.
     */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        switch (format) {
            case BGR24 -> data.get(0, target, 0, target.length);
            case RGB24 -> {
                data.get(0, target, 0, target.length);
                for (int i = 0; i < target.length; i += 3) { byte r = target[i]; target[i] = target[i + 2]; target[i + 2] = r; }
            }
            case YUV420P -> {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int[] rgb = yuvToRgb(x, y);
                        int i = (y * width + x) * 3;
                        target[i] = (byte) rgb[2]; target[i + 1] = (byte) rgb[1]; target[i + 2] = (byte) rgb[0];
                    }
                }
            }
        }
        return image;
    }

    private int u8(int index) {
        return data.get(index) & 0xff;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
