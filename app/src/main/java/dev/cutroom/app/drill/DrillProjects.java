package dev.cutroom.app.drill;

import dev.cutroom.timeline.io.bench.FileBench;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Projects the drills save, edit and mutate. */
final class DrillProjects {
    static final String MARKER_PREFIX = "drill-marker-";

    private DrillProjects() {}

    /** Two different 10,000-clip projects: the second is renamed and has no markers. */
    static Project[] saveVersions() {
        Project a = FileBench.tenThousandClips();
        Project b = new Project(a.id(), a.name() + " (second version)", a.timeline().withMarkers(List.of()), a.media());
        return new Project[] {a, b};
    }

    /** One edit: a marker numbered {@code n}. */
    static Project addMarker(Project p, int n) {
        List<Marker> markers = new ArrayList<>(p.timeline().markers());
        markers.add(new Marker(MARKER_PREFIX + n, "Edit " + n, n, 0, "red", null));
        return p.withTimeline(p.timeline().withMarkers(markers));
    }

    /** How many {@link #addMarker} edits {@code p} holds. */
    static int edits(Project p) {
        return (int) p.timeline().markers().stream().filter(m -> m.id().startsWith(MARKER_PREFIX)).count();
    }

    /**
     * A small project with every kind of content a file can hold (media with video and audio, linked clips, gaps,
     * speeds, volumes, a generated take with provenance, markers): the seed of the fuzzer. The 10,000-clip bench
     * project's generator, at 24 clips.
     */
    static Project small() {
        return FileBench.project(24, 42, "Drill seed");
    }
}
