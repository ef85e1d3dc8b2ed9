package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Adds a marker; markers stay sorted by frame (a new one goes after others at the same frame). */
public record AddMarker(Marker marker) implements Command {
    @Override
    public String label() { return "Add marker"; }

    @Override
    public List<String> introducedIds() { return marker == null || marker.id() == null ? List.of() : List.of(marker.id()); }

    @Override
    public Applied apply(Project before) {
        if (marker == null || marker.id() == null) throw new EditException("add marker: no marker or marker id given");
        if (marker.frame() < 0 || marker.duration() < 0) {
            throw new EditException("marker " + marker.id() + " has a negative frame or duration (" + marker.frame() + ", " + marker.duration() + ")");
        }
        List<Marker> markers = new ArrayList<>(before.timeline().markers());
        int i = 0;
        while (i < markers.size() && markers.get(i).frame() <= marker.frame()) i++;
        markers.add(i, marker);
        return Edits.finish(this, before, before.withTimeline(before.timeline().withMarkers(markers)));
    }
}
