package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;

/** Sets a clip's linear audio gain (1 = unchanged; 0 or more, finite). */
public record SetVolume(String clipId, double volume) implements Command {
    @Override
    public String label() { return "Change volume"; }

    @Override
    public Applied apply(Project before) {
        if (!(volume >= 0) || Double.isInfinite(volume)) throw new EditException("volume of clip " + clipId + " must be 0 or more, got " + volume);
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        return Edits.finish(this, before, Edits.replaceClip(before, loc, loc.clip().withVolume(volume)));
    }
}
