package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a marker to a clip's source ({@code add}), or removes the clip's marker with {@code removeId}. The marker
 * is in the clip's source time, so it moves with the clip through every later edit.
 */
public record SetClipMarkers(String clipId, ClipMarker add, String removeId) implements Command {
    public static SetClipMarkers add(String clipId, ClipMarker marker) { return new SetClipMarkers(clipId, marker, null); }

    public static SetClipMarkers remove(String clipId, String markerId) { return new SetClipMarkers(clipId, null, markerId); }

    @Override
    public String label() { return add != null ? "Add clip marker" : "Remove clip marker"; }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Clip c = loc.clip();
        List<ClipMarker> markers = new ArrayList<>(c.markers());
        if (add != null) {
            if (markers.stream().anyMatch(m -> m.id().equals(add.id()))) throw new EditException("clip " + clipId + " already has a marker " + add.id());
            markers.add(add);
            markers.sort(java.util.Comparator.comparing(ClipMarker::sourceTime));
        } else if (!markers.removeIf(m -> m.id().equals(removeId))) {
            throw new EditException("clip " + clipId + " has no marker " + removeId);
        }
        List<Clip> clips = new ArrayList<>(loc.track().clips());
        clips.set(loc.clipIndex(), c.withMarkers(markers));
        return Edits.finish(this, before, Edits.withClips(before, loc, clips));
    }
}
