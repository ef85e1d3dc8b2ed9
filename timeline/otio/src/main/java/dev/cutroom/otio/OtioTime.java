package dev.cutroom.otio;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;

/**
 * OpenTimelineIO's {@code RationalTime.1} ({@code value} frames at {@code rate} frames per second, both doubles) to
 * and from exact {@link Rational} seconds.
 *
 * <p>Rates written as doubles are recognised: whole rates (24, 25, 48000), the NTSC family ({@code 23.976},
 * {@code 23.976023976…}, {@code 29.97}, {@code 59.94}, {@code 119.88}: k·1000/1001), and otherwise the fraction with
 * the smallest denominator up to 1001 that reproduces the double. Values within a thousandth of a frame of a whole
 * number are taken as that whole number of frames, so a cut on the frame grid comes back exact.
 */
final class OtioTime {
    private OtioTime() {}

    /** Longest time accepted, in seconds (about 11.5 days): keeps the arithmetic exact and in range. */
    static final long MAX_SECONDS = 1_000_000;
    static final double MAX_RATE = 1_000_000;

    /** The exact rate for a double, or null when it is not a positive finite number up to {@link #MAX_RATE}. */
    static FrameRate rate(double r) {
        if (!(r > 0) || r > MAX_RATE || Double.isNaN(r)) return null;
        long whole = Math.round(r);
        if (whole >= 1 && Math.abs(r - whole) < 1e-6 * Math.max(1, whole)) return new FrameRate((int) whole, 1);
        // NTSC: k * 1000 / 1001 written as 23.976, 29.97, 59.94 or with full precision
        long k = Math.round(r * 1001 / 1000);
        if (k >= 1) {
            double ntsc = k * 1000.0 / 1001.0;
            if (Math.abs(r - ntsc) < 5e-3 * Math.max(1, k / 30.0) && Math.abs(r - k) > 1e-3) {
                return new FrameRate(Math.toIntExact(k * 1000), 1001);
            }
        }
        // smallest denominator that reproduces the double closely
        for (int den = 2; den <= 1001; den++) {
            long num = Math.round(r * den);
            if (num >= 1 && num <= Integer.MAX_VALUE && Math.abs((double) num / den - r) < 1e-9 * r) {
                Rational q = Rational.of(num, den);
                return new FrameRate(Math.toIntExact(q.num()), Math.toIntExact(q.den()));
            }
        }
        long num = Math.round(r * 1000);
        if (num < 1) return null;
        Rational q = Rational.of(num, 1000);
        return new FrameRate(Math.toIntExact(q.num()), Math.toIntExact(q.den()));
    }

    /** True when {@code value} is within a thousandth of a frame of a whole number. */
    static boolean isWhole(double value) { return Math.abs(value - Math.rint(value)) < 1e-3; }

    /**
     * Exact seconds for {@code value} frames at {@code rate}; null when out of range (the caller names the path).
     * Whole frame counts are exact; others are kept to a thousandth of a frame.
     */
    static Rational seconds(double value, FrameRate rate) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return null;
        double secs = value / rate.toDouble();
        if (Math.abs(secs) > MAX_SECONDS) return null;
        Rational frames = isWhole(value) ? Rational.of((long) Math.rint(value)) : Rational.of(Math.round(value * 1000), 1000);
        return frames.times(rate.frameDuration());
    }

    /** A {@code RationalTime.1} for exact {@code seconds} at {@code rate} (value a whole number when on its grid). */
    static ObjectNode rationalTime(Rational seconds, FrameRate rate) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("OTIO_SCHEMA", "RationalTime.1");
        n.put("rate", rate.toDouble());
        Rational frames = seconds.times(rate.fps());
        n.put("value", frames.den() == 1 ? (double) frames.num() : frames.toDouble());
        return n;
    }

    static ObjectNode timeRange(Rational start, Rational duration, FrameRate rate) { return timeRange(start, rate, duration, rate); }

    static ObjectNode timeRange(Rational start, FrameRate startRate, Rational duration, FrameRate durationRate) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("OTIO_SCHEMA", "TimeRange.1");
        n.set("duration", rationalTime(duration, durationRate));
        n.set("start_time", rationalTime(start, startRate));
        return n;
    }

    /**
     * The rate to write {@code seconds} at: the first candidate whose grid it is on; else the first that keeps it to a
     * thousandth of a frame; else its own denominator as a whole rate (value then a whole number: exact, if unusual).
     */
    static FrameRate exactRate(Rational seconds, FrameRate... candidates) {
        FrameRate r = gridRate(candidates, seconds);
        if (seconds.times(r.fps()).times(1000).den() == 1) return r;
        if (seconds.den() <= MAX_RATE) return new FrameRate((int) seconds.den(), 1);
        return r;
    }

    /** True when {@code seconds} is a whole number of frames at {@code rate}. */
    static boolean onGrid(Rational seconds, FrameRate rate) { return seconds.times(rate.fps()).den() == 1; }

    /** A rate that puts every one of {@code times} on its grid, from {@code candidates} in order; the first candidate when none does. */
    static FrameRate gridRate(FrameRate[] candidates, Rational... times) {
        for (FrameRate c : candidates) {
            if (c == null) continue;
            boolean all = true;
            for (Rational t : times) if (!onGrid(t, c)) { all = false; break; }
            if (all) return c;
        }
        // none puts them on its grid: the one that keeps them to a thousandth of a frame (what a reader keeps)
        for (FrameRate c : candidates) {
            if (c == null) continue;
            boolean all = true;
            for (Rational t : times) if (t.times(c.fps()).times(1000).den() != 1) { all = false; break; }
            if (all) return c;
        }
        for (FrameRate c : candidates) if (c != null) return c;
        throw new IllegalArgumentException("no rate");
    }

    /**
     * The exact fraction for a speed written as a double: the one with the smallest denominator up to 1001 within
     * 1e-9 (0.5 → 1/2, 2 → 2, 0.333… → 1/3); null when not positive and finite or out of range.
     */
    static Rational speed(double s) {
        if (!(s > 0) || s > 1_000 || Double.isInfinite(s)) return null;
        for (int den = 1; den <= 1001; den++) {
            long num = Math.round(s * den);
            if (num >= 1 && Math.abs((double) num / den - s) < 1e-9 * Math.max(1, s)) return Rational.of(num, den);
        }
        long num = Math.round(s * 1_000_000);
        return num < 1 ? null : Rational.of(num, 1_000_000);
    }
}
