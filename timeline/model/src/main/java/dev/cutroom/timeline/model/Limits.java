package dev.cutroom.timeline.model;

/**
 * The largest values a project may hold, in one place. A project file or an edit beyond them is refused with a
 * clear message (by {@link dev.cutroom.timeline.command.Invariants}, which loading also runs) instead of
 * overflowing a buffer size or a frame count later, in the renderer or the encoder.
 */
public final class Limits {
    /** Widest and tallest picture, in pixels (a 16384x16384 RGBA frame, 1 GiB, still has an int size). */
    public static final int MAX_FRAME_SIDE = 16_384;
    /** Fastest timeline rate, frames per second. */
    public static final int MAX_FPS = 1_000;
    /** Most audio channels of a timeline. */
    public static final int MAX_CHANNELS = 64;
    /** Audio sample rates a timeline may have, in Hz. */
    public static final int MIN_SAMPLE_RATE = 1_000, MAX_SAMPLE_RATE = 768_000;
    /** Longest timeline: every clip and marker ends within this many hours. */
    public static final int MAX_HOURS = 100;

    private Limits() {}

    /** The first frame past the longest timeline at {@code rate}. */
    public static long maxFrames(FrameRate rate) {
        return (long) MAX_HOURS * 3600 * rate.num() / rate.den();
    }

    /** What is wrong with a timeline's format, or null when it is within the limits. */
    public static String formatProblem(FrameRate rate, int width, int height, int sampleRate, int channels) {
        if (width > MAX_FRAME_SIDE || height > MAX_FRAME_SIDE) {
            return "the timeline's size " + width + "x" + height + " is over the limit of " + MAX_FRAME_SIDE + " pixels a side";
        }
        if (rate.num() > (long) MAX_FPS * rate.den()) return "the timeline's rate " + rate + " fps is over the limit of " + MAX_FPS + " fps";
        if (channels > MAX_CHANNELS) return "the timeline has " + channels + " audio channels, over the limit of " + MAX_CHANNELS;
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            return "the timeline's sample rate " + sampleRate + " Hz is outside " + MIN_SAMPLE_RATE + "-" + MAX_SAMPLE_RATE + " Hz";
        }
        return null;
    }

    /** What is wrong with a span of {@code duration} frames from {@code start}, or null when it ends within the limit. */
    public static String positionProblem(FrameRate rate, long start, long duration) {
        long max = maxFrames(rate);
        if (start <= max && duration <= max && start + duration <= max) return null;
        return "it would end past frame " + max + ", the " + MAX_HOURS + "-hour limit of a timeline at " + rate + " fps (starts at "
                + start + ", " + duration + " frames long)";
    }
}
