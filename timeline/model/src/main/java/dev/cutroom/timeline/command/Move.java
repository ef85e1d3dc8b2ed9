package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves a clip to {@code newStart}, on its own track or (when {@code toTrackId} is given and differs) on another
 * track of the same kind. The move is refused when the clip would overlap another clip there: this command never
 * trims or pushes other clips (use {@link Overwrite} or a {@link CompoundCommand} for that). Linked clips are not
 * moved along; the editor moves a linked group with a compound command.
 */
public record Move(String clipId, String toTrackId, long newStart) implements Command {
    /** A move along the clip's own track. */
    public Move(String clipId, long newStart) { this(clipId, null, newStart); }

    @Override
    public String label() { return "Move clip"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        if (newStart < 0) throw new EditException("cannot move clip " + clipId + " to frame " + newStart + ", before the start");
        int targetIndex = toTrackId == null ? loc.trackIndex() : Edits.trackIndex(before, toTrackId);
        Track target = before.timeline().tracks().get(targetIndex);
        if (target.kind() != loc.track().kind()) {
            throw new EditException("cannot move clip " + clipId + " from " + loc.track().kind().name().toLowerCase() + " track "
                    + loc.track().id() + " to " + target.kind().name().toLowerCase() + " track " + target.id());
        }
        Edits.requireUnlocked(target);
        Clip moved = loc.clip().withStart(newStart);
        boolean same = targetIndex == loc.trackIndex();
        if (same && newStart == loc.clip().start()) throw new EditException("clip " + clipId + " is already at frame " + newStart);

        List<Clip> rest = new ArrayList<>(target.clips());
        if (same) rest.remove(loc.clipIndex());
        int j = Edits.firstStartingAtOrAfter(rest, newStart);
        if (j > 0 && rest.get(j - 1).end() > newStart) throw overlap(moved, rest.get(j - 1), target);
        if (j < rest.size() && rest.get(j).start() < moved.end()) throw overlap(moved, rest.get(j), target);
        rest.add(j, moved);

        Project after = Edits.withTrack(before, targetIndex, target.withClips(rest));
        if (!same) {
            List<Clip> src = new ArrayList<>(loc.track().clips());
            src.remove(loc.clipIndex());
            after = Edits.withTrack(after, loc.trackIndex(), loc.track().withClips(src));
        }
        return Edits.finish(this, before, after);
    }

    private EditException overlap(Clip moved, Clip other, Track target) {
        return new EditException("cannot move clip " + clipId + " to " + moved.frames() + " on track " + target.id()
                + ": it would overlap clip " + other.id() + " " + other.frames());
    }
}
