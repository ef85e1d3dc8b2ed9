package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Ripple trim: moves one edge of a clip by {@code deltaFrames} and the later clips on the same track follow, so
 * no gap opens or closes. {@link Edge#IN}: the in-point moves through the source while the clip keeps its start
 * (positive delta shortens the clip). {@link Edge#OUT}: the clip's end moves (positive delta lengthens it).
 * Clamped to at least one frame and to the active take's media. Other tracks do not move.
 */
public record RippleTrim(String clipId, Edge edge, long deltaFrames) implements Command {
    public enum Edge { IN, OUT }

    @Override
    public String label() { return "Ripple trim"; }

    @Override
    public Applied apply(Project before) {
        if (edge == null) throw new EditException("ripple trim of clip " + clipId + ": no edge given");
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip c = loc.clip();
        long d;
        Clip changed;
        long shift;
        if (edge == Edge.IN) {
            d = Edits.clamp(deltaFrames, -Edits.headRoom(before, c), c.duration() - 1);
            changed = new Clip(c.id(), c.name(), c.start(), c.duration() - d, c.sourceTimeAt(Edits.rate(before), c.start() + d),
                    c.speed(), c.volume(), c.enabled(), c.takes(), c.activeTakeId(), c.linkId(), c.markers());
            shift = -d;
        } else {
            d = Edits.clamp(deltaFrames, 1 - c.duration(), Math.max(0, Edits.maxDuration(before, c) - c.duration()));
            changed = c.withDuration(c.duration() + d);
            shift = d;
        }
        if (d == 0) throw new EditException("cannot ripple trim the " + edge.name().toLowerCase() + " edge of clip " + clipId
                + " by " + deltaFrames + " frames (limit reached)");
        List<Clip> clips = loc.track().clips();
        List<Clip> out = new ArrayList<>(clips.size());
        out.addAll(clips.subList(0, loc.clipIndex()));
        out.add(changed);
        Edits.addShifted(out, clips, loc.clipIndex() + 1, shift);
        return Edits.finish(this, before, Edits.withClips(before, loc, out));
    }
}
