package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.util.List;

/**
 * Moves a clip's in-edge by {@code deltaFrames} (positive: later, the clip gets shorter) without moving anything
 * else: a gap opens or closes before the clip. The delta is clamped so that the clip keeps at least one frame,
 * does not run into the previous clip and does not start before its active take's media. Refused when nothing
 * can move.
 */
public record TrimIn(String clipId, long deltaFrames) implements Command {
    @Override
    public String label() { return "Trim clip start"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip c = loc.clip();
        long[] range = range(before, loc);
        long d = Edits.clamp(deltaFrames, range[0], range[1]);
        if (d == 0) throw new EditException("cannot trim the start of clip " + clipId + " by " + deltaFrames + " frames (limit reached)");
        Clip trimmed = Edits.trimHeadTo(Edits.rate(before), c, c.start() + d);
        return Edits.finish(this, before, Edits.replaceClip(before, loc, trimmed));
    }

    /** The deltas {@code [min, max]} the in-edge of the clip at {@code loc} may move by. */
    static long[] range(Project p, Edits.Loc loc) {
        Clip c = loc.clip();
        List<Clip> clips = loc.track().clips();
        long prevEnd = loc.clipIndex() > 0 ? clips.get(loc.clipIndex() - 1).end() : 0;
        return new long[] {-Math.min(c.start() - prevEnd, Edits.headRoom(p, c)), c.duration() - 1};
    }
}
