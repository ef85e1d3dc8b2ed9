package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.command.AddMarker;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.CompoundCommand;
import dev.cutroom.timeline.command.RemoveMarker;
import dev.cutroom.timeline.command.SetClipMarkers;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The markers panel without a window: every timeline marker and every clip marker where its clip plays it, in time
 * order, kept up to date with the project; jump to one, rename it, give it a colour or a note, delete it, or add a
 * marker to the focused clip's source at the playhead. Every change is one undoable edit. FX thread.
 */
public final class MarkersModel {
    /** Colours offered for markers (CSS), the first the default. */
    public static final List<String> COLOURS = List.of("#f0a030", "#e04040", "#40a0e0", "#50c060", "#a070e0", "#e0e040");

    /** One marker as listed: {@code clipId} is null for a timeline marker; {@code frame} is where it shows on the timeline. */
    public record Row(String id, String clipId, String clipName, long frame, String name, String colour, String note) {
        public boolean onClip() { return clipId != null; }
    }

    private final EditorModel model;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public MarkersModel(EditorModel model) {
        this.model = model;
        model.projectProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<Row> rows() { return rows; }

    /** Moves the playhead to the marker. */
    public void jumpTo(Row row) { model.seek(row.frame()); }

    public boolean rename(Row row, String name) { return change(row, name, row.colour(), row.note(), "Rename marker"); }

    public boolean recolour(Row row, String colour) { return change(row, row.name(), colour, row.note(), "Marker colour"); }

    public boolean annotate(Row row, String note) { return change(row, row.name(), row.colour(), note, "Marker note"); }

    public boolean delete(Row row) {
        return model.perform("Delete marker", row.onClip() ? SetClipMarkers.remove(row.clipId(), row.id()) : new RemoveMarker(row.id()));
    }

    /** A marker on the focused clip's source at the playhead (it moves with the clip). */
    public boolean addClipMarker() {
        Clip c = model.focused();
        long at = model.playhead();
        if (c == null || at < c.start() || at >= c.end()) {
            model.statusProperty().set("Add clip marker: select a clip under the playhead");
            return false;
        }
        FrameRate rate = model.project().timeline().rate();
        ClipMarker m = new ClipMarker(model.ids().next("marker"), "Clip marker " + (c.markers().size() + 1), c.sourceTimeAt(rate, at),
                dev.cutroom.timeline.model.Rational.ZERO, COLOURS.get(2), null);
        return model.perform("Add clip marker", SetClipMarkers.add(c.id(), m));
    }

    private boolean change(Row row, String name, String colour, String note, String label) {
        Project p = model.project();
        Command command;
        if (row.onClip()) {
            Clip c = p.timeline().find(row.clipId()).clip();
            ClipMarker old = c.markers().stream().filter(m -> m.id().equals(row.id())).findFirst().orElseThrow();
            command = new CompoundCommand(label, List.of(SetClipMarkers.remove(c.id(), old.id()),
                    SetClipMarkers.add(c.id(), new ClipMarker(old.id(), name, old.sourceTime(), old.duration(), colour, note))));
        } else {
            Marker old = p.timeline().markers().stream().filter(m -> m.id().equals(row.id())).findFirst().orElseThrow();
            command = new CompoundCommand(label, List.of(new RemoveMarker(old.id()),
                    new AddMarker(new Marker(old.id(), name, old.frame(), old.duration(), colour, note))));
        }
        return model.perform(label, command);
    }

    private void refresh() {
        Project p = model.project();
        List<Row> out = new ArrayList<>();
        for (Marker m : p.timeline().markers()) out.add(new Row(m.id(), null, null, m.frame(), m.name(), m.colour(), m.note()));
        FrameRate rate = p.timeline().rate();
        for (Track t : p.timeline().tracks()) {
            for (Clip c : t.clips()) {
                for (ClipMarker m : c.markers()) {
                    // shown where the clip plays that moment of its source, if it does
                    var offset = m.sourceTime().minus(c.sourceIn()).dividedBy(c.speed());
                    if (offset.signum() < 0) continue;
                    long frame = c.start() + rate.frameAt(offset);
                    if (frame < c.end()) out.add(new Row(m.id(), c.id(), c.shownName(), frame, m.name(), m.colour(), m.note()));
                }
            }
        }
        out.sort(Comparator.comparingLong(Row::frame).thenComparing(Row::name, Comparator.nullsFirst(Comparator.naturalOrder())));
        rows.setAll(out);
    }
}
