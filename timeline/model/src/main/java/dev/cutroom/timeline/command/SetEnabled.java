package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;

/** Enables or disables a clip (a disabled clip stays in place but does not play). */
public record SetEnabled(String clipId, boolean enabled) implements Command {
    @Override
    public String label() { return enabled ? "Enable clip" : "Disable clip"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        return Edits.finish(this, before, Edits.replaceClip(before, loc, loc.clip().withEnabled(enabled)));
    }
}
