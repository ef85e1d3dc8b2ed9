package dev.cutroom.plugin.instruct.execute;

/**
 * Which source picture each take frame shows: slow motion spreads the source over more frames
 * ({@code factor < 1}, fractional positions are interpolated), reverse plays it backwards, a freeze holds one
 * frame over a window. Positions are in source frames from the clip's in point.
 *
 * @param sourceFrames frames in the clip's source range
 * @param factor       source frames per take frame: 1, or the slow-motion speed when interpolating
 * @param reverse      whether the take plays backwards
 * @param freezeStart  first take frame of the freeze, or -1 for none
 * @param freezeEnd    first take frame after the freeze
 * @param freezeFrame  the source frame held
 */
public record TimeMap(int sourceFrames, double factor, boolean reverse, int freezeStart, int freezeEnd, int freezeFrame) {

    /** Every source frame once, in order. */
    public static TimeMap identity(int sourceFrames) {
        return new TimeMap(sourceFrames, 1, false, -1, -1, 0);
    }

    /** Frames in the take: the source range at the take's frame rate. */
    public int takeFrames() {
        return Math.max(1, (int) Math.round(sourceFrames / factor));
    }

    /** Whether the take is the source frames unchanged (the direct, decode-filter-encode path). */
    public boolean isIdentity() {
        return factor == 1 && !reverse && freezeStart < 0;
    }

    /** The source position shown by take frame {@code k}; fractional only when slowed. */
    public double position(int k) {
        if (freezeStart >= 0 && k >= freezeStart && k < freezeEnd) return freezeFrame;
        double p = k * factor;
        if (reverse) p = (sourceFrames - 1) - p;
        return Math.max(0, Math.min(sourceFrames - 1, p));
    }

    public TimeMap withSlowMotion(double f) {
        return new TimeMap(sourceFrames, f, reverse, freezeStart, freezeEnd, freezeFrame);
    }

    public TimeMap reversed() {
        return new TimeMap(sourceFrames, factor, !reverse, freezeStart, freezeEnd, freezeFrame);
    }

    public TimeMap withFreeze(int start, int end, int frame) {
        return new TimeMap(sourceFrames, factor, reverse, start, end, frame);
    }
}
