package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Removes a clip and moves the later clips on its track left by its duration. Other tracks do not move. */
public record RippleDelete(String clipId) implements Command {
    @Override
    public String label() { return "Ripple delete"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        List<Clip> clips = loc.track().clips();
        List<Clip> out = new ArrayList<>(clips.size());
        out.addAll(clips.subList(0, loc.clipIndex()));
        Edits.addShifted(out, clips, loc.clipIndex() + 1, -loc.clip().duration());
        return Edits.finish(this, before, Edits.withClips(before, loc, out));
    }
}
