package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;

/**
 * Makes another of a clip's takes the one that plays. Refused when that take's media does not cover the clip's
 * source range (mapped through the take's offset) or has the wrong kind for the track.
 */
public record SetActiveTake(String clipId, String takeId) implements Command {
    @Override
    public String label() { return "Switch take"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip c = loc.clip();
        Take t = c.take(takeId);
        if (t == null) throw new EditException("clip " + clipId + " has no take " + takeId);
        if (takeId.equals(c.activeTakeId())) throw new EditException("take " + takeId + " is already active on clip " + clipId);
        requireCovers(before, c, t);
        return Edits.finish(this, before, Edits.replaceClip(before, loc, c.withTakes(c.takes(), takeId)));
    }

    static void requireCovers(Project p, Clip c, Take t) {
        MediaItem m = p.mediaItem(t.mediaId());
        if (m == null) throw new EditException("take " + t.id() + " of clip " + c.id() + " refers to media " + t.mediaId() + " that is not in the project");
        if (m.info() == null || m.info().duration() == null) return;
        if (!Invariants.insideMedia(Edits.rate(p), c, t.offset(), m.info().duration())) {
            throw new EditException("take " + t.id() + " cannot play clip " + c.id() + ": its media " + m.id() + " [0, " + m.info().duration()
                    + ") does not cover the clip's source " + c.sourceRange(Edits.rate(p)) + " minus offset " + t.offset());
        }
    }
}
