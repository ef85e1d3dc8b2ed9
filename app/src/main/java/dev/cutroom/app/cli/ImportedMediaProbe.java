package dev.cutroom.app.cli;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.io.MediaPaths;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Media of an imported timeline (OpenTimelineIO) probed where it can be reached: {@code cutroom otio import} and the editor's File → Import OTIO…. */
public final class ImportedMediaProbe {
    private ImportedMediaProbe() {}

    /**
     * Replaces the info the .otio file gave with what probing the file finds, one media item at a time; a probe
     * that does not fit the timeline (the file is shorter than the clips using it, or lacks a stream) is not used.
     */
    public static Project probe(Project project, Path folder, List<String> notes) {
        Project p = project;
        for (MediaItem m : project.media()) {
            if (m.error() != null) continue; // offline: missing, not local, or outside the folder (not followed)
            Path file = MediaPaths.resolve(folder, m.path());
            if (!Files.isRegularFile(file)) {
                notes.add("not found: " + file + " (kept with the length the .otio file gives; relink it in the editor)");
                continue;
            }
            MediaInfo info;
            try {
                info = MediaProbe.probe(file);
            } catch (MediaException e) {
                notes.add("cannot probe " + file + ": " + e.getMessage());
                continue;
            }
            List<MediaItem> media = new ArrayList<>(p.media());
            media.replaceAll(x -> x.id().equals(m.id()) ? MediaItem.probed(m.id(), m.path(), info) : x);
            Project probed = p.withMedia(media);
            try {
                for (Track t : probed.timeline().tracks()) Invariants.checkTrack(probed, t);
                p = probed;
            } catch (EditException e) {
                notes.add("probed " + file + " but it does not fit the timeline (" + e.getMessage() + "); kept the .otio file's ranges");
            }
        }
        return p;
    }

    /** Media the shared outside-media check ({@link OutsideMedia}) flags is kept offline until the user confirms. */
    public static Project withOutsideMediaOffline(Project project, Path target) {
        List<String> flagged = OutsideMedia.of(target, project);
        if (flagged.isEmpty()) return project;
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String f : flagged) ids.add(f.substring(0, f.indexOf(": ")));
        List<dev.cutroom.timeline.model.MediaItem> media = new ArrayList<>(project.media());
        media.replaceAll(m -> ids.contains(m.id()) && m.error() == null
                ? dev.cutroom.timeline.model.MediaItem.failed(m.id(), m.path(), dev.cutroom.otio.OtioImporter.OUTSIDE_ERROR + " (" + m.path() + ")") : m);
        return project.withMedia(media);
    }
}
