package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moves several clips at once (a dragged selection) by {@code deltaFrames}. Clips on tracks of {@code trackKind}
 * also move {@code trackDelta} tracks up or down among the tracks of that kind; clips of the other kind (the linked
 * sound of dragged pictures) stay on their tracks. All clips move together, so a clip may land where another moved
 * clip was. Refused when a clip would start before frame 0, overlap a clip that stays, leave or reach a locked
 * track, or go past the last track of its kind. Linked partners are not added here: {@link LinkedEdits#moveClips}
 * does that.
 */
public record MoveClips(List<String> clipIds, long deltaFrames, int trackDelta, TrackKind trackKind) implements Command {
    public MoveClips {
        clipIds = clipIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(clipIds));
    }

    @Override
    public String label() { return clipIds.size() == 1 ? "Move clip" : "Move clips"; }

    @Override
    public Applied apply(Project before) {
        if (clipIds.isEmpty()) throw new EditException("move: no clips given");
        if (deltaFrames == 0 && trackDelta == 0) throw new EditException("move: nothing moves (no frames, no tracks)");
        if (trackDelta != 0 && trackKind == null) throw new EditException("move across tracks: no track kind given");
        List<Track> tracks = before.timeline().tracks();
        Set<String> moving = Set.copyOf(clipIds);
        Map<Integer, List<Clip>> arriving = new HashMap<>();
        Set<Integer> touched = new TreeSet<>();
        for (String id : clipIds) {
            Edits.Loc loc = Edits.clip(before, id);
            Edits.requireUnlocked(loc.track());
            int target = trackDelta != 0 && loc.track().kind() == trackKind ? shifted(tracks, loc.trackIndex()) : loc.trackIndex();
            Edits.requireUnlocked(tracks.get(target));
            long start = loc.clip().start() + deltaFrames;
            if (start < 0) throw new EditException("cannot move clip " + id + " to frame " + start + ", before the start");
            arriving.computeIfAbsent(target, k -> new ArrayList<>()).add(loc.clip().withStart(start));
            touched.add(target);
            touched.add(loc.trackIndex());
        }
        List<Track> out = new ArrayList<>(tracks);
        for (int t : touched) {
            Track track = tracks.get(t);
            List<Clip> clips = new ArrayList<>(track.clips().size());
            for (Clip c : track.clips()) if (!moving.contains(c.id())) clips.add(c);
            clips.addAll(arriving.getOrDefault(t, List.of()));
            clips.sort(Comparator.comparingLong(Clip::start));
            for (int i = 1; i < clips.size(); i++) {
                Clip prev = clips.get(i - 1), c = clips.get(i);
                if (c.start() < prev.end()) {
                    throw new EditException("cannot move the clips: clip " + c.id() + " " + c.frames() + " would overlap clip "
                            + prev.id() + " " + prev.frames() + " on track " + track.id());
                }
            }
            out.set(t, track.withClips(clips));
        }
        return Edits.finish(this, before, before.withTimeline(before.timeline().withTracks(out)));
    }

    /** The index of the track {@code trackDelta} tracks of the same kind away from {@code from}. */
    private int shifted(List<Track> tracks, int from) {
        List<Integer> same = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) if (tracks.get(i).kind() == trackKind) same.add(i);
        int pos = same.indexOf(from) + trackDelta;
        if (pos < 0 || pos >= same.size()) {
            throw new EditException("cannot move the clips " + trackDelta + " tracks: there is no " + trackKind.name().toLowerCase() + " track there");
        }
        return same.get(pos);
    }
}
