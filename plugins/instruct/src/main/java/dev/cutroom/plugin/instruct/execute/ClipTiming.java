package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.TimeSpan;

/**
 * Converts plan times (seconds from the clip's start as it plays on the timeline) into the clip's media: source
 * seconds and frame numbers of the take. A clip playing at {@code speed} covers {@code speed} source seconds per
 * timeline second. Plan times are measured on the clip as it will play: at its own speed ({@link ClipRef#speed()})
 * times the plan's SPEED factors ({@link SpeedChange#result()}).
 *
 * @param clip           the clip the plan runs on
 * @param speed          playback speed of the clip on the timeline after the plan
 * @param takeRateFactor take frames per source frame: 1, or 1/speed for an interpolated slow-motion take
 */
public record ClipTiming(ClipRef clip, double speed, double takeRateFactor) {

    public ClipTiming {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be positive, got " + speed);
        if (!(takeRateFactor > 0)) throw new IllegalArgumentException("take rate factor must be positive, got " + takeRateFactor);
    }

    /** Timing of a take at the clip's own frame rate. */
    public ClipTiming(ClipRef clip, double speed) {
        this(clip, speed, 1);
    }

    /** Frames per second of the take: the clip's rate, times the interpolation factor for smooth slow motion. */
    public double takeFps() {
        return fps().toDouble() * takeRateFactor;
    }

    /** The take frame shown at a plan time. */
    public int takeFrame(double planSeconds) {
        return (int) Math.round(planSeconds * speed * takeFps());
    }

    /** The clip's frame rate, or 25 fps for a clip without picture (audio timing only). */
    public Fps fps() {
        return clip.frameRate() != null ? clip.frameRate() : new Fps(25, 1);
    }

    /** Seconds of source the clip uses. */
    public double sourceSeconds() {
        return clip.sourceRange().duration().toSeconds();
    }

    /** Seconds the clip lasts on the timeline at {@link #speed()}. */
    public double timelineSeconds() {
        return sourceSeconds() / speed;
    }

    /** Frames in the clip's source range (what a same-rate take holds). */
    public int sourceFrames() {
        return Math.max(1, (int) Math.round(sourceSeconds() * fps().toDouble()));
    }

    /** Source seconds from the clip's in point for a plan time, clamped to the clip. */
    public double sourceOffset(double planSeconds) {
        return clamp(planSeconds * speed, 0, sourceSeconds());
    }

    /** The source frame (from the clip's in point) shown at a plan time. */
    public int sourceFrame(double planSeconds) {
        return Math.min(sourceFrames() - 1, (int) Math.floor(sourceOffset(planSeconds) * fps().toDouble() + 1e-6));
    }

    /** A plan duration as a number of take frames, at least 1. */
    public int frames(double planSeconds) {
        return Math.max(1, (int) Math.round(planSeconds * speed * takeFps()));
    }

    /**
     * A part of the clip, given in plan seconds, as media seconds snapped to whole source frames.
     *
     * @throws IllegalArgumentException when the part is empty
     */
    public TimeSpan sourceSpan(double fromPlanSeconds, double toPlanSeconds) {
        ExactTime in = clip.sourceRange().start();
        if (clip.frameRate() == null) {
            long from = Math.round(sourceOffset(fromPlanSeconds) * 1000);
            long to = Math.round(sourceOffset(toPlanSeconds) * 1000);
            if (to <= from) throw new IllegalArgumentException("the part to keep is empty");
            return new TimeSpan(in.plus(ExactTime.of(from, 1000)), ExactTime.of(to - from, 1000));
        }
        long from = Math.round(sourceOffset(fromPlanSeconds) * fps().toDouble());
        long to = Math.min(Math.round(sourceOffset(toPlanSeconds) * fps().toDouble()), sourceFrames());
        if (to <= from) throw new IllegalArgumentException("the part to keep is empty");
        ExactTime start = in.plus(fps().timeOf(from));
        ExactTime end = to == sourceFrames() ? clip.sourceRange().end() : in.plus(fps().timeOf(to));
        return new TimeSpan(start, end.minus(start));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
