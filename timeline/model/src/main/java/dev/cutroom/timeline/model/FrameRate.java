package dev.cutroom.timeline.model;

/**
 * Frames per second as an exact fraction, e.g. 30000/1001 for NTSC 29.97.
 * Converts between whole frame numbers and exact seconds.
 */
public record FrameRate(int num, int den) {
    public static final FrameRate FPS_24 = new FrameRate(24, 1);
    public static final FrameRate FPS_23_976 = new FrameRate(24000, 1001);
    public static final FrameRate FPS_25 = new FrameRate(25, 1);
    public static final FrameRate FPS_29_97 = new FrameRate(30000, 1001);
    public static final FrameRate FPS_30 = new FrameRate(30, 1);
    public static final FrameRate FPS_60 = new FrameRate(60, 1);

    public FrameRate {
        if (num <= 0 || den <= 0) throw new IllegalArgumentException("frame rate must be positive: " + num + "/" + den);
    }

    public static FrameRate parse(String text) {
        Rational r = Rational.parse(text);
        return new FrameRate(Math.toIntExact(r.num()), Math.toIntExact(r.den()));
    }

    public Rational fps() { return Rational.of(num, den); }

    /** Length of one frame in seconds. */
    public Rational frameDuration() { return Rational.of(den, num); }

    /** Exact start time in seconds of frame {@code frame}. */
    public Rational toSeconds(long frames) { return Rational.of(Math.multiplyExact(frames, (long) den), num); }

    /** The frame that contains time {@code seconds} (floor). */
    public long frameAt(Rational seconds) { return seconds.times(fps()).floor(); }

    /** The frame boundary nearest to {@code seconds}. */
    public long nearestFrame(Rational seconds) { return seconds.times(fps()).round(); }

    public double toDouble() { return (double) num / den; }

    @Override
    public String toString() { return den == 1 ? Integer.toString(num) : num + "/" + den; }
}
