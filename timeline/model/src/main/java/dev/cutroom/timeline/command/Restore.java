package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact inverse of any command: puts back the parts of a project an edit replaced. Parts are immutable,
 * so holding the old objects is cheap and exact. Null fields mean "leave as it is". Locked tracks do not
 * refuse a restore (undo must always work).
 *
 * @param label     the label of the edit this undoes or redoes
 * @param tracks    tracks to put back in place of the tracks with the same ids
 * @param allTracks the whole track list to put back (when tracks were added or removed)
 * @param markers   the marker list to put back
 * @param media     the media bin to put back
 * @param project   a whole project to put back (only when the edit changed more than tracks, markers and media)
 */
public record Restore(String label, List<Track> tracks, List<Track> allTracks, List<Marker> markers, List<MediaItem> media,
                      Project project) implements Command {

    public Restore {
        tracks = tracks == null ? null : List.copyOf(tracks);
        allTracks = allTracks == null ? null : List.copyOf(allTracks);
        markers = markers == null ? null : List.copyOf(markers);
        media = media == null ? null : List.copyOf(media);
    }

    /** Puts back (or puts in place) a whole project, as one edit named {@code label}. */
    public static Restore project(String label, Project project) { return new Restore(label, null, null, null, null, project); }

    @Override
    public Applied apply(Project before) {
        Project after;
        if (project != null) {
            after = project;
        } else {
            Timeline tl = before.timeline();
            List<Track> newTracks = tl.tracks();
            if (allTracks != null) {
                newTracks = allTracks;
            } else if (tracks != null && !tracks.isEmpty()) {
                Map<String, Track> byId = new HashMap<>();
                for (Track t : tracks) byId.put(t.id(), t);
                List<Track> list = new ArrayList<>(newTracks.size());
                for (Track t : newTracks) {
                    Track r = byId.remove(t.id());
                    list.add(r != null ? r : t);
                }
                if (!byId.isEmpty()) throw new EditException(label + ": cannot restore, no track " + byId.keySet().iterator().next());
                newTracks = list;
            }
            if (newTracks != tl.tracks()) tl = tl.withTracks(newTracks);
            if (markers != null) tl = tl.withMarkers(markers);
            after = tl == before.timeline() ? before : before.withTimeline(tl);
            if (media != null) after = after.withMedia(media);
        }
        return Edits.finish(label, List.of(), before, after, false, true);
    }
}
