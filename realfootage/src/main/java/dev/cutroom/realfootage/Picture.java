package dev.cutroom.realfootage;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * An 8-bit sRGB picture as packed R, G, B bytes, rows top to bottom, no padding: the layout plugins get frames in.
 * Pixel (x, y) starts at {@code (y * width + x) * 3}. Any thread; treat the array as read-only once shared.
 */
public record Picture(int width, int height, byte[] rgb) {
    public Picture {
        Objects.requireNonNull(rgb, "rgb");
        if (width <= 0 || height <= 0 || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + width * height * 3 + " bytes");
        }
    }

    /** A black picture. */
    public static Picture blank(int width, int height) {
        return new Picture(width, height, new byte[width * height * 3]);
    }

    /** The pixels of any buffered image (grey images become grey RGB). */
    public static Picture of(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        for (int p = 0; p < argb.length; p++) {
            rgb[3 * p] = (byte) (argb[p] >> 16);
            rgb[3 * p + 1] = (byte) (argb[p] >> 8);
            rgb[3 * p + 2] = (byte) argb[p];
        }
        return new Picture(w, h, rgb);
    }

    /** A copy as a {@code TYPE_INT_RGB} image, e.g. to save for a look. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] argb = new int[width * height];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = (rgb[3 * p] & 0xff) << 16 | (rgb[3 * p + 1] & 0xff) << 8 | (rgb[3 * p + 2] & 0xff);
        }
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue) of pixel (x, y), 0..255. */
    public int at(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xff;
    }
}
