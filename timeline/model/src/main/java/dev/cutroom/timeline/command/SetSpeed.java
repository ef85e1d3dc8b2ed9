package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.TimeRange;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes a clip's playback speed keeping its source span: the new duration is the span divided by the speed in
 * whole frames (rounded, at least 1; rounded down instead when rounding up would run past the media). Without
 * {@code ripple} the change is refused when the longer clip would overlap the next clip; with {@code ripple} the
 * later clips on the track move by the change in duration.
 */
public record SetSpeed(String clipId, Rational speed, boolean ripple) implements Command {
    @Override
    public String label() { return "Change speed"; }

    @Override
    public Applied apply(Project before) {
        if (speed == null || speed.signum() <= 0) throw new EditException("speed of clip " + clipId + " must be positive, got " + speed);
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip c = loc.clip();
        FrameRate rate = Edits.rate(before);
        Rational frames = c.sourceSpan(rate, c.duration()).times(rate.fps()).dividedBy(speed);
        long d = Math.max(1, frames.round());
        TimeRange b = Edits.sourceBounds(before, c);
        if (b != null && c.sourceIn().plus(rate.toSeconds(d).times(speed)).compareTo(b.end()) > 0) {
            d = frames.floor();
            if (d < 1) throw new EditException("clip " + clipId + " at speed " + speed + " would be shorter than one frame");
        }
        Clip changed = c.withSpeed(speed).withDuration(d);
        List<Clip> clips = loc.track().clips();
        int next = loc.clipIndex() + 1;
        List<Clip> out = new ArrayList<>(clips.size());
        out.addAll(clips.subList(0, loc.clipIndex()));
        out.add(changed);
        if (ripple) {
            Edits.addShifted(out, clips, next, d - c.duration());
        } else {
            if (next < clips.size() && clips.get(next).start() < changed.end()) {
                throw new EditException("clip " + clipId + " at speed " + speed + " would last " + d + " frames and overlap clip "
                        + clips.get(next).id() + " at frame " + clips.get(next).start());
            }
            out.addAll(clips.subList(next, clips.size()));
        }
        return Edits.finish(this, before, Edits.withClips(before, loc, out));
    }
}
