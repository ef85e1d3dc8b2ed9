package dev.cutroom.engine.decode;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * Pixel layouts the engine hands out. All are 8 bits per component, rows top to bottom, no padding
 * between rows (stride = width x bytes per pixel, or width for each YUV plane row).
 */
public enum PixelFormat {
    /** Packed R, G, B bytes per pixel. What plugins and models usually want. */
    RGB24(avutil.AV_PIX_FMT_RGB24),
    /** Packed B, G, R bytes per pixel; matches {@code BufferedImage.TYPE_3BYTE_BGR}. */
    BGR24(avutil.AV_PIX_FMT_BGR24),
    /**
     * Planar Y then U then V (I420), chroma at half width and height, BT.601 limited range
     * (black is Y=16, U=V=128). The renderer composites in this format because decoders produce it
     * and encoders consume it, so the common path never converts to RGB. Width and height must be even.
     */
    YUV420P(avutil.AV_PIX_FMT_YUV420P);

    private final int ffmpegId;

    PixelFormat(int ffmpegId) {
        this.ffmpegId = ffmpegId;
    }

    /** FFmpeg's {@code AVPixelFormat} value. */
    public int ffmpegId() {
        return ffmpegId;
    }

    /** Bytes a tightly packed picture of this size takes. */
    public int bufferSize(int width, int height) {
        return switch (this) {
            case RGB24, BGR24 -> width * height * 3;
            case YUV420P -> width * height + 2 * ((width + 1) / 2) * ((height + 1) / 2);
        };
    }

    public boolean isPacked() {
        return this != YUV420P;
    }
}
