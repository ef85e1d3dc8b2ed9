package dev.cutroom.app.cli;

import dev.cutroom.timeline.model.Limits;

import java.util.Locale;

/** Parses picture sizes typed as {@code 1280x720}. */
final class Sizes {
    private Sizes() {}

    static int[] parse(String text) {
        String[] wh = text.toLowerCase(Locale.ROOT).split("x");
        try {
            if (wh.length == 2) {
                int w = Integer.parseInt(wh[0].trim()), h = Integer.parseInt(wh[1].trim());
                if (w > 0 && h > 0 && w <= Limits.MAX_FRAME_SIDE && h <= Limits.MAX_FRAME_SIDE) return new int[] {w, h};
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("size must look like 1280x720, at most " + Limits.MAX_FRAME_SIDE + " a side, got '" + text + "'");
    }
}
