package dev.cutroom.timeline.model;

/** A half-open span of exact time in seconds: {@code [start, start + duration)}. */
public record TimeRange(Rational start, Rational duration) {
    public TimeRange {
        if (duration.signum() < 0) throw new IllegalArgumentException("negative duration " + duration);
    }

    public static TimeRange of(Rational start, Rational duration) { return new TimeRange(start, duration); }

    public Rational end() { return start.plus(duration); }

    public boolean contains(Rational t) { return t.compareTo(start) >= 0 && t.compareTo(end()) < 0; }

    /** True when {@code inner} lies entirely inside this range. */
    public boolean encloses(TimeRange inner) {
        return inner.start.compareTo(start) >= 0 && inner.end().compareTo(end()) <= 0;
    }

    @Override
    public String toString() { return "[" + start + ", " + end() + ")"; }
}
