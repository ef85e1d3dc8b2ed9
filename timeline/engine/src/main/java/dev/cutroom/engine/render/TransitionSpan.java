package dev.cutroom.engine.render;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Transition;

/**
 * A transition the renderer draws: the timeline frames {@code [cut - inOffset, cut + outOffset)} where
 * both clips of the cut play, the outgoing one past its out point and the incoming one before its in point
 * (their handles).
 */
record TransitionSpan(Transition transition, TransitionStyle style, Clip outgoing, Clip incoming) {
    long first() { return transition.cutFrame() - transition.inOffset(); }

    long end() { return transition.cutFrame() + transition.outOffset(); }

    long length() { return end() - first(); }

    FrameRange frames() { return new FrameRange(first(), length()); }

    boolean contains(long frame) { return frame >= first() && frame < end(); }

    /**
     * How far the transition has gone at a timeline frame, from 0 to 1, taken at the frame's middle: a
     * 10-frame dissolve shows 5%, 15%, ... 95% of the incoming clip, never a frame of either clip alone.
     */
    double progress(long frame) {
        return (frame - first() + 0.5) / length();
    }
}
