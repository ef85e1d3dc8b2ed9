package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.Step;

/**
 * Where and when a TITLE step shows, in frames and pixels, shared by the drawtext filter and the Java2D painter so
 * both place text the same way.
 *
 * @param text       the words
 * @param position   top, center, bottom, top-left, top-right, bottom-left, bottom-right or lower-third
 * @param fontPixels text height in pixels
 * @param rgb        text colour {@code 0xRRGGBB}
 * @param firstFrame first take frame showing it
 * @param endFrame   first take frame no longer showing it
 */
public record TitleLayout(String text, String position, int fontPixels, int rgb, int firstFrame, int endFrame) {

    /** Lays out a TITLE step on frames {@code frameHeight} high; {@code firstFrame..lastFrame} is the kept part. */
    public static TitleLayout of(Step step, int frameHeight, ClipTiming timing, int firstFrame, int lastFrame) {
        int start = firstFrame + (step.number("start") > 0 ? timing.frames(step.number("start")) : 0);
        int end = step.number("duration") > 0 ? start + timing.frames(step.number("duration")) : lastFrame;
        int px = Math.max(8, (int) Math.round(step.number("size") * frameHeight));
        return new TitleLayout(step.text("text"), step.text("position"), px, Integer.parseInt(step.text("colour").substring(1), 16),
                Math.min(start, lastFrame), Math.min(end, lastFrame));
    }

    /** Margin from the frame's edges. */
    public static int margin(int frameHeight) {
        return Math.max(2, frameHeight / 20);
    }

    /** Left edge of text {@code textWidth} wide in a frame {@code width} wide. */
    public int x(int width, int height, int textWidth) {
        int m = margin(height);
        return switch (position) {
            case "top-left", "bottom-left", "lower-third" -> m;
            case "top-right", "bottom-right" -> width - textWidth - m;
            default -> (width - textWidth) / 2;
        };
    }

    /** Top edge of text {@code textHeight} high in a frame {@code height} high. */
    public int y(int height, int textHeight) {
        int m = margin(height);
        return switch (position) {
            case "top", "top-left", "top-right" -> m;
            case "center" -> (height - textHeight) / 2;
            case "lower-third" -> height * 2 / 3;
            default -> height - textHeight - m;
        };
    }
}
