package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;

/** Places {@code clip} at the end of a track (right after its last clip; frame 0 on an empty track). */
public record Append(String trackId, Clip clip) implements Command {
    @Override
    public String label() { return "Append clip"; }

    @Override
    public List<String> introducedIds() { return Edits.clipIds(clip); }

    @Override
    public Applied apply(Project before) {
        if (clip == null) throw new EditException("append: no clip given");
        int ti = Edits.trackIndex(before, trackId);
        Track track = before.timeline().tracks().get(ti);
        Edits.requireUnlocked(track);
        List<Clip> out = new ArrayList<>(track.clips().size() + 1);
        out.addAll(track.clips());
        out.add(clip.withStart(track.end()));
        return Edits.finish(this, before, Edits.withTrack(before, ti, track.withClips(out)));
    }
}
