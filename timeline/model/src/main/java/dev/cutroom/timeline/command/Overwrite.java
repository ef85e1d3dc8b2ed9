package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * Places {@code clip} at {@code frame} on a track, replacing whatever lies under
 * {@code [frame, frame + clip.duration)}: clips inside are removed, clips reaching in are trimmed exactly (the
 * source follows through their speed). A clip reaching across the whole range is split: the part after the range
 * gets {@code tailClipId} and {@code tailTakeIds} (refused when they are not given). Nothing else moves.
 */
public record Overwrite(String trackId, long frame, Clip clip, String tailClipId, List<String> tailTakeIds) implements Command {
    public Overwrite {
        tailTakeIds = tailTakeIds == null ? List.of() : List.copyOf(tailTakeIds);
    }

    public Overwrite(String trackId, long frame, Clip clip) { this(trackId, frame, clip, null, List.of()); }

    @Override
    public String label() { return "Overwrite"; }

    @Override
    public List<String> introducedIds() {
        List<String> ids = new ArrayList<>(Edits.clipIds(clip));
        ids.addAll(Edits.ids(tailClipId, tailTakeIds));
        return ids;
    }

    @Override
    public Applied apply(Project before) {
        if (clip == null) throw new EditException("overwrite: no clip given");
        if (frame < 0) throw new EditException("overwrite with clip " + clip.id() + ": frame " + frame + " is before the start");
        int ti = Edits.trackIndex(before, trackId);
        Track track = before.timeline().tracks().get(ti);
        Edits.requireUnlocked(track);
        FrameRate rate = Edits.rate(before);
        List<Clip> clips = track.clips();
        Clip placed = clip.withStart(frame);
        long end = placed.end();
        List<Clip> out = new ArrayList<>(clips.size() + 2);
        int i = Edits.firstEndingAfter(clips, frame);
        out.addAll(clips.subList(0, i));
        Clip tail = null;
        for (; i < clips.size() && clips.get(i).start() < end; i++) {
            Clip c = clips.get(i);
            if (c.start() < frame && c.end() > end) {
                if (tailClipId == null) {
                    throw new EditException("overwrite with clip " + clip.id() + " " + placed.frames() + " falls inside clip "
                            + c.id() + " on track " + trackId + " and no ids were given for its second part");
                }
                Clip[] parts = Edits.cut(rate, c, end, tailClipId, tailTakeIds, null);
                out.add(parts[0].withDuration(frame - c.start()));
                tail = parts[1];
            } else if (c.start() < frame) {
                out.add(c.withDuration(frame - c.start()));
            } else if (c.end() > end) {
                tail = Edits.trimHeadTo(rate, c, end);
            }
            // else: wholly under the new clip, removed
        }
        out.add(placed);
        if (tail != null) out.add(tail);
        out.addAll(clips.subList(i, clips.size()));
        return Edits.finish(this, before, Edits.withTrack(before, ti, track.withClips(out)));
    }
}
