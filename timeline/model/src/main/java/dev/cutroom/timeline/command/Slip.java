package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.TimeRange;

/**
 * Slips a clip: moves its source in-point by {@code delta} seconds while the clip stays where it is on the
 * timeline. Clamped so the source range stays inside the active take's media; refused when the clip is longer
 * than the media allows or when nothing can move.
 */
public record Slip(String clipId, Rational delta) implements Command {
    @Override
    public String label() { return "Slip clip"; }

    @Override
    public Applied apply(Project before) {
        if (delta == null) throw new EditException("slip of clip " + clipId + ": no delta given");
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip c = loc.clip();
        Rational in = c.sourceIn().plus(delta);
        TimeRange b = Edits.sourceBounds(before, c);
        if (b != null) {
            Rational latest = b.end().minus(c.sourceSpan(Edits.rate(before), c.duration()));
            if (latest.compareTo(b.start()) < 0) throw new EditException("cannot slip clip " + clipId + ": it is longer than its media");
            in = in.max(b.start()).min(latest);
        }
        if (in.equals(c.sourceIn())) throw new EditException("cannot slip clip " + clipId + " by " + delta + " s (limit of its media reached)");
        return Edits.finish(this, before, Edits.replaceClip(before, loc, c.withSourceIn(in)));
    }
}
