package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;

/** Non-drop-frame timecode {@code HH:MM:SS:FF} for whole frames of a rate (29.97 counts 30 frames a second). */
public final class Timecode {
    private Timecode() {}

    public static String format(long frame, FrameRate rate) {
        if (frame < 0) return "-" + format(-frame, rate);
        long base = Math.max(1, Math.round(rate.toDouble()));
        long ff = frame % base;
        long totalSeconds = frame / base;
        return String.format("%02d:%02d:%02d:%02d", totalSeconds / 3600, (totalSeconds / 60) % 60, totalSeconds % 60, ff);
    }

    /** Seconds as {@code M:SS.s} for durations in the media bin. */
    public static String duration(Rational seconds) {
        if (seconds == null) return "?";
        double s = seconds.toDouble();
        long whole = (long) s;
        return String.format("%d:%02d.%d", whole / 60, whole % 60, (long) ((s - whole) * 10));
    }
}
