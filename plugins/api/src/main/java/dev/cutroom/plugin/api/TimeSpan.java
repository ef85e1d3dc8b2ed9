package dev.cutroom.plugin.api;

import java.util.Objects;

/**
 * A half-open time range {@code [start, start + duration)} in exact seconds. Immutable; any thread.
 */
public record TimeSpan(ExactTime start, ExactTime duration) {
    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.signum() < 0) throw new IllegalArgumentException("negative duration " + duration);
    }

    /** The first instant after the span. Any thread. */
    public ExactTime end() {
        return start.plus(duration);
    }

    /** Whether {@code t} lies in {@code [start, end)}. Any thread. */
    public boolean contains(ExactTime t) {
        return t.compareTo(start) >= 0 && t.compareTo(end()) < 0;
    }

    /** {@code [start, end)}. Any thread. */
    @Override
    public String toString() {
        return "[" + start + ", " + end() + ")";
    }
}
