package dev.cutroom.plugin.api;

import java.util.Objects;

/**
 * One video frame as packed 8-bit RGB: {@code width * height * 3} bytes, rows top to bottom, no padding,
 * each pixel R, G, B (sRGB, full range 0..255). Pixel (x, y) starts at {@code (y * width + x) * 3}.
 * The record shares its array with the reader: a reader may reuse it for the next frame, so copy what
 * you keep. Any thread.
 *
 * @param index     frame number within the clip's source range, from 0
 * @param time      presentation time, media seconds from the start of the file
 * @param width     pixels per row
 * @param height    rows
 * @param rgb       the pixels
 */
public record RgbFrame(long index, ExactTime time, int width, int height, byte[] rgb) {
    public RgbFrame {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rgb, "rgb");
        if (rgb.length < width * height * 3) throw new IllegalArgumentException("frame buffer too small for " + width + "x" + height);
    }

    /** Red, green, blue of one pixel as 0..255. Any thread. */
    public int[] pixel(int x, int y) {
        int i = (y * width + x) * 3;
        return new int[] {rgb[i] & 0xff, rgb[i + 1] & 0xff, rgb[i + 2] & 0xff};
    }
}
