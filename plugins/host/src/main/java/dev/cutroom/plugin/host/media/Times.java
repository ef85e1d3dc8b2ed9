package dev.cutroom.plugin.host.media;

import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.TimeRange;

/** Converts between the API's JDK-only time types and the timeline model's. Exact both ways. */
public final class Times {
    private Times() {}

    public static Rational rational(ExactTime t) {
        return Rational.of(t.num(), t.den());
    }

    public static ExactTime exact(Rational r) {
        return ExactTime.of(r.num(), r.den());
    }

    public static TimeRange range(TimeSpan span) {
        return TimeRange.of(rational(span.start()), rational(span.duration()));
    }

    public static TimeSpan span(TimeRange range) {
        return new TimeSpan(exact(range.start()), exact(range.duration()));
    }

    public static FrameRate frameRate(Fps fps) {
        return new FrameRate(fps.num(), fps.den());
    }

    public static Fps fps(FrameRate rate) {
        return new Fps(rate.num(), rate.den());
    }

    /** Frames of {@code rate} whose start lies inside a span of this length: ceil(duration * fps). */
    public static long framesIn(ExactTime duration, Fps rate) {
        return rational(duration).times(Rational.of(rate.num(), rate.den())).ceil();
    }
}
