package dev.cutroom.plugin.instruct.execute;

/**
 * A packed 8-bit picture: RGB (3 channels) or RGBA (4), rows top to bottom with no padding.
 *
 * @param width    pixels per row
 * @param height   rows
 * @param channels 3 or 4
 * @param pixels   {@code width * height * channels} bytes
 */
public record RgbImage(int width, int height, int channels, byte[] pixels) {

    public RgbImage {
        if (channels != 3 && channels != 4) throw new IllegalArgumentException("3 or 4 channels, got " + channels);
        if (pixels.length != width * height * channels) throw new IllegalArgumentException("pixel buffer does not fit " + width + "x" + height + "x" + channels);
    }

    /** A black RGB picture. */
    public static RgbImage rgb(int width, int height) {
        return new RgbImage(width, height, 3, new byte[width * height * 3]);
    }

    /** A copy that shares nothing with this one. */
    public RgbImage copy() {
        return new RgbImage(width, height, channels, pixels.clone());
    }

    public FrameSize size() {
        return new FrameSize(width, height);
    }

    /** Channel {@code c} of pixel (x, y), 0..255. */
    public int at(int x, int y, int c) {
        return pixels[(y * width + x) * channels + c] & 0xff;
    }
}
