package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds an empty track at {@code index} of the track list (0..size; -1 means at the end). A null {@code name}
 * gives the next free name of its kind: V2, V3... or A2, A3...
 */
public record AddTrack(String trackId, TrackKind kind, String name, int index) implements Command {
    @Override
    public String label() { return "Add track"; }

    @Override
    public List<String> introducedIds() { return trackId == null ? List.of() : List.of(trackId); }

    @Override
    public Applied apply(Project before) {
        if (trackId == null) throw new EditException("add track: no track id given");
        if (kind == null) throw new EditException("add track " + trackId + ": no kind given");
        List<Track> tracks = new ArrayList<>(before.timeline().tracks());
        int at = index == -1 ? tracks.size() : index;
        if (at < 0 || at > tracks.size()) throw new EditException("add track " + trackId + ": index " + index + " is outside 0.." + tracks.size());
        tracks.add(at, Track.empty(trackId, kind, name != null ? name : nextName(tracks, kind)));
        return Edits.finish(this, before, before.withTimeline(before.timeline().withTracks(tracks)));
    }

    static String nextName(List<Track> tracks, TrackKind kind) {
        String prefix = kind == TrackKind.VIDEO ? "V" : "A";
        Set<String> names = new HashSet<>();
        int count = 0;
        for (Track t : tracks) {
            names.add(t.name());
            if (t.kind() == kind) count++;
        }
        int n = count + 1;
        while (names.contains(prefix + n)) n++;
        return prefix + n;
    }
}
