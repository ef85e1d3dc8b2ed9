package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Removes a clip, leaving a gap. */
public record Lift(String clipId) implements Command {
    @Override
    public String label() { return "Lift clip"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        List<Clip> out = new ArrayList<>(loc.track().clips());
        out.remove(loc.clipIndex());
        return Edits.finish(this, before, Edits.withClips(before, loc, out));
    }
}
