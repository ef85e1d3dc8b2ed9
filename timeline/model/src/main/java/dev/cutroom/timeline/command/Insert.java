package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserts {@code clip} at {@code frame} on a track, rippling: clips at or after {@code frame} move right by the
 * clip's duration. A clip lying across {@code frame} is split there; its second part gets {@code tailClipId} and
 * {@code tailTakeIds} (one per take), and the command is refused when they are not given.
 * The clip's own start is ignored (it is placed at {@code frame}).
 */
public record Insert(String trackId, long frame, Clip clip, String tailClipId, List<String> tailTakeIds) implements Command {
    public Insert {
        tailTakeIds = tailTakeIds == null ? List.of() : List.copyOf(tailTakeIds);
    }

    /** An insert that must not fall inside a clip. */
    public Insert(String trackId, long frame, Clip clip) { this(trackId, frame, clip, null, List.of()); }

    @Override
    public String label() { return "Insert clip"; }

    @Override
    public List<String> introducedIds() {
        List<String> ids = new ArrayList<>(Edits.clipIds(clip));
        ids.addAll(Edits.ids(tailClipId, tailTakeIds));
        return ids;
    }

    @Override
    public Applied apply(Project before) {
        if (clip == null) throw new EditException("insert: no clip given");
        if (frame < 0) throw new EditException("insert of clip " + clip.id() + ": frame " + frame + " is before the start");
        int ti = Edits.trackIndex(before, trackId);
        Track track = before.timeline().tracks().get(ti);
        Edits.requireUnlocked(track);
        Clip placed = clip.withStart(frame);
        List<Clip> out = InsertGap.opened(Edits.rate(before), track, frame, placed.duration(), tailClipId, tailTakeIds, "clip " + clip.id());
        out.add(Edits.firstStartingAtOrAfter(out, frame + placed.duration()), placed);
        return Edits.finish(this, before, Edits.withTrack(before, ti, track.withClips(out)));
    }
}
