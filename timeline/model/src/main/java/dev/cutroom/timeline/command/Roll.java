package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolls the cut between two adjacent clips of a track ({@code leftClipId} ends where {@code rightClipId} starts)
 * by {@code deltaFrames}: the left clip's end and the right clip's start move together, nothing else moves.
 * Clamped so both clips keep at least one frame and stay inside their media.
 */
public record Roll(String leftClipId, String rightClipId, long deltaFrames) implements Command {
    @Override
    public String label() { return "Roll edit"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, leftClipId);
        Edits.requireUnlocked(loc.track());
        List<Clip> clips = loc.track().clips();
        int ri = loc.clipIndex() + 1;
        if (ri >= clips.size() || !clips.get(ri).id().equals(rightClipId) || clips.get(ri).start() != loc.clip().end()) {
            throw new EditException("cannot roll: clips " + leftClipId + " and " + rightClipId + " are not adjacent on track " + loc.track().id());
        }
        Clip left = loc.clip(), right = clips.get(ri);
        long hi = Math.min(Edits.maxDuration(before, left) - left.duration(), right.duration() - 1);
        long lo = Math.max(1 - left.duration(), -Edits.headRoom(before, right));
        long d = Edits.clamp(deltaFrames, lo, Math.max(lo, hi));
        if (d == 0 || hi < lo) throw new EditException("cannot roll the cut between " + leftClipId + " and " + rightClipId + " by " + deltaFrames + " frames (limit reached)");
        List<Clip> out = new ArrayList<>(clips);
        out.set(loc.clipIndex(), left.withDuration(left.duration() + d));
        out.set(ri, Edits.trimHeadTo(Edits.rate(before), right, right.start() + d));
        return Edits.finish(this, before, Edits.withClips(before, loc, out));
    }
}
