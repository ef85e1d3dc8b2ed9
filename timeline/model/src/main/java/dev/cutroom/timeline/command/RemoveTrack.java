package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;

/** Removes a track with its clips (undo puts them back). Refused for a locked track. */
public record RemoveTrack(String trackId) implements Command {
    @Override
    public String label() { return "Remove track"; }

    @Override
    public Applied apply(Project before) {
        int ti = Edits.trackIndex(before, trackId);
        Track t = before.timeline().tracks().get(ti);
        if (t.locked()) throw new EditException("track " + trackId + " (" + t.name() + ") is locked and cannot be removed");
        List<Track> tracks = new ArrayList<>(before.timeline().tracks());
        tracks.remove(ti);
        return Edits.finish(this, before, before.withTimeline(before.timeline().withTracks(tracks)));
    }
}
