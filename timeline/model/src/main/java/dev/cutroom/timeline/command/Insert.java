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
        List<Clip> clips = track.clips();
        Clip placed = clip.withStart(frame);
        long d = placed.duration();
        List<Clip> out = new ArrayList<>(clips.size() + 2);
        int i = Edits.clipAt(clips, frame);
        if (i >= 0 && clips.get(i).start() < frame) {
            if (tailClipId == null) {
                throw new EditException("insert of clip " + clip.id() + " at frame " + frame + " falls inside clip "
                        + clips.get(i).id() + " on track " + trackId + " and no ids were given for its second part");
            }
            Clip[] parts = Edits.cut(Edits.rate(before), clips.get(i), frame, tailClipId, tailTakeIds, null);
            out.addAll(clips.subList(0, i));
            out.add(parts[0]);
            out.add(placed);
            out.add(parts[1].withStart(parts[1].start() + d));
            Edits.addShifted(out, clips, i + 1, d);
        } else {
            int j = Edits.firstStartingAtOrAfter(clips, frame);
            out.addAll(clips.subList(0, j));
            out.add(placed);
            Edits.addShifted(out, clips, j, d);
        }
        return Edits.finish(this, before, Edits.withTrack(before, ti, track.withClips(out)));
    }
}
