package dev.cutroom.plugin.api;

import java.util.Locale;

/** An 8-bit sRGB colour. Immutable; any thread. */
public record Colour(int red, int green, int blue) {
    public Colour {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0..255, got " + red + "," + green + "," + blue);
        }
    }

    /**
     * Parses {@code #rrggbb}. Any thread.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Colour parse(String text) {
        if (text == null || !text.matches("#[0-9a-fA-F]{6}")) throw new IllegalArgumentException("colour must be #rrggbb, got '" + text + "'");
        int rgb = Integer.parseInt(text.substring(1), 16);
        return new Colour(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** {@code #rrggbb}, lower case. Any thread. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
