package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * Opens {@code length} frames of empty space at {@code frame} on a track: clips at or after it move right. A clip
 * lying across {@code frame} is split there; its second part gets {@code tailClipId} and {@code tailTakeIds} (one
 * per take), and the command is refused when they are not given. Transitions follow their cuts.
 */
public record InsertGap(String trackId, long frame, long length, String tailClipId, List<String> tailTakeIds) implements Command {
    public InsertGap {
        tailTakeIds = tailTakeIds == null ? List.of() : List.copyOf(tailTakeIds);
    }

    @Override
    public String label() { return "Insert space"; }

    @Override
    public List<String> introducedIds() { return Edits.ids(tailClipId, tailTakeIds); }

    @Override
    public Applied apply(Project before) {
        if (frame < 0) throw new EditException("insert space at frame " + frame + ": before the start");
        if (length < 1) throw new EditException("insert space: the length must be at least one frame, got " + length);
        int ti = Edits.trackIndex(before, trackId);
        Track track = before.timeline().tracks().get(ti);
        Edits.requireUnlocked(track);
        List<Clip> out = opened(Edits.rate(before), track, frame, length, tailClipId, tailTakeIds, "space");
        return Edits.finish(this, before, Edits.withTrack(before, ti, track.withClips(out)));
    }

    /**
     * The track's clips with {@code length} empty frames opened at {@code frame} (a clip across it split, see the
     * class). {@code what} names the edit in the refusal.
     */
    static List<Clip> opened(FrameRate rate, Track track, long frame, long length, String tailClipId, List<String> tailTakeIds, String what) {
        List<Clip> clips = track.clips();
        List<Clip> out = new ArrayList<>(clips.size() + 1);
        int i = Edits.clipAt(clips, frame);
        if (i >= 0 && clips.get(i).start() < frame) {
            if (tailClipId == null) {
                throw new EditException("insert of " + what + " at frame " + frame + " falls inside clip "
                        + clips.get(i).id() + " on track " + track.id() + " and no ids were given for its second part");
            }
            Clip[] parts = Edits.cut(rate, clips.get(i), frame, tailClipId, tailTakeIds, null);
            out.addAll(clips.subList(0, i));
            out.add(parts[0]);
            out.add(parts[1].withStart(parts[1].start() + length));
            Edits.addShifted(out, clips, i + 1, length);
        } else {
            int j = Edits.firstStartingAtOrAfter(clips, frame);
            out.addAll(clips.subList(0, j));
            Edits.addShifted(out, clips, j, length);
        }
        return out;
    }
}
