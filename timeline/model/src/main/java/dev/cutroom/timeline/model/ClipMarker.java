package dev.cutroom.timeline.model;

import java.util.Objects;

/**
 * A marker on a clip's source: it names a moment of the footage (a focus buzz, a line reading), not a place on the
 * timeline, so it moves with the clip through every edit and is shown wherever that part of the source plays.
 * Both parts of a split clip keep it (each shows it when its source range holds it).
 *
 * @param sourceTime where it is, in the clip's source coordinates (seconds; the same as {@link Clip#sourceIn()})
 * @param duration   its span in source seconds (0 = a point)
 * @param colour     a CSS colour ({@code red}, {@code #f0a030}); may be null
 */
public record ClipMarker(String id, String name, Rational sourceTime, Rational duration, String colour, String note) {
    public ClipMarker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceTime, "sourceTime");
        Objects.requireNonNull(duration, "duration");
        if (duration.signum() < 0) throw new IllegalArgumentException("clip marker " + id + ": duration must not be negative, got " + duration);
    }
}
