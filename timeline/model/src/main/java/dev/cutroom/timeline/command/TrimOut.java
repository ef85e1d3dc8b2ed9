package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.util.List;

/**
 * Moves a clip's out-edge by {@code deltaFrames} (positive: later, the clip gets longer) without moving anything
 * else. Clamped so that the clip keeps at least one frame, does not run into the next clip and does not run past
 * its active take's media. Refused when nothing can move.
 */
public record TrimOut(String clipId, long deltaFrames) implements Command {
    @Override
    public String label() { return "Trim clip end"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip c = loc.clip();
        long[] range = range(before, loc);
        long d = Edits.clamp(deltaFrames, range[0], range[1]);
        if (d == 0) throw new EditException("cannot trim the end of clip " + clipId + " by " + deltaFrames + " frames (limit reached)");
        return Edits.finish(this, before, Edits.replaceClip(before, loc, c.withDuration(c.duration() + d)));
    }

    /** The deltas {@code [min, max]} the out-edge of the clip at {@code loc} may move by. */
    static long[] range(Project p, Edits.Loc loc) {
        Clip c = loc.clip();
        List<Clip> clips = loc.track().clips();
        long room = loc.clipIndex() + 1 < clips.size() ? clips.get(loc.clipIndex() + 1).start() - c.end() : Long.MAX_VALUE / 4;
        long hi = Math.min(room, Edits.maxDuration(p, c) - c.duration());
        return new long[] {1 - c.duration(), Math.max(0, hi)};
    }
}
