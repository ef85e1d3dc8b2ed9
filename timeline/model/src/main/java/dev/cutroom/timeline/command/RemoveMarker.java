package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Removes a marker. */
public record RemoveMarker(String markerId) implements Command {
    @Override
    public String label() { return "Remove marker"; }

    @Override
    public Applied apply(Project before) {
        List<Marker> markers = new ArrayList<>(before.timeline().markers());
        if (!markers.removeIf(m -> m.id().equals(markerId))) throw new EditException("no marker " + markerId + " in the project");
        return Edits.finish(this, before, before.withTimeline(before.timeline().withMarkers(markers)));
    }
}
