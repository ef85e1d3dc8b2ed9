package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;

import java.util.ArrayList;
import java.util.List;

/** Adds a take (e.g. a plugin's result) to a clip, and makes it the active take when {@code makeActive}. */
public record AddTake(String clipId, Take take, boolean makeActive) implements Command {
    @Override
    public String label() { return "Add take"; }

    @Override
    public List<String> introducedIds() { return take == null || take.id() == null ? List.of() : List.of(take.id()); }

    @Override
    public Applied apply(Project before) {
        if (take == null || take.id() == null) throw new EditException("add take to clip " + clipId + ": no take or take id given");
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip c = loc.clip();
        if (before.mediaItem(take.mediaId()) == null) {
            throw new EditException("take " + take.id() + " for clip " + clipId + " refers to media " + take.mediaId() + " that is not in the project");
        }
        List<Take> takes = new ArrayList<>(c.takes());
        takes.add(take);
        Clip changed = c.withTakes(takes, makeActive ? take.id() : c.activeTakeId());
        if (makeActive) SetActiveTake.requireCovers(before, changed, take);
        return Edits.finish(this, before, Edits.replaceClip(before, loc, changed));
    }
}
