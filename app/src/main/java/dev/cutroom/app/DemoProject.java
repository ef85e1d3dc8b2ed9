package dev.cutroom.app;

import dev.cutroom.app.cli.ProjectFiles;
import dev.cutroom.assets.DemoMedia;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo project: the generated shots one after another on V1/A1, and the music bed on A2 under them.
 * The editor opens it on first start; the tests and benchmarks use it as a realistic small cut.
 */
public final class DemoProject {
    public static final String FILE_NAME = "demo.cutroom";

    private DemoProject() {}

    /** Generates media into {@code dir} and writes {@code dir/demo.cutroom}; returns the project file. */
    public static Path create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        Path projectFile = dir.resolve(FILE_NAME).toAbsolutePath();
        MediaResolver resolver = new MediaResolver(projectFile.getParent());
        Ids ids = Ids.random();
        List<MediaItem> shots = new ArrayList<>();
        MediaItem bed = null;
        for (DemoMedia.DemoFile file : DemoMedia.generate(dir)) {
            MediaInfo info = MediaProbe.probe(file.file());
            MediaItem item = MediaItem.probed(ids.next("media"), resolver.toStoredPath(file.file()), info);
            if (info.hasVideo()) shots.add(item); else bed = item;
        }
        ProjectFactory factory = new ProjectFactory(ids);
        Project project = factory.fromMedia("Demo", shots, ProjectFormat.fromMedia(shots, ProjectFormat.HD_25));
        if (bed != null) project = withMusicBed(project, factory, bed);
        ProjectFiles.save(project, projectFile, "cutroom demo");
        return projectFile;
    }

    private static Project withMusicBed(Project project, ProjectFactory factory, MediaItem bed) {
        var timeline = project.timeline();
        long bedFrames = bed.info().duration().times(timeline.rate().fps()).floor();
        long frames = Math.min(bedFrames, timeline.duration());
        Clip clip = factory.newClip("Music bed", bed, 0, frames, null).withVolume(0.5);
        Track a2 = Track.empty(factory.ids().next("track"), TrackKind.AUDIO, "A2").withClips(List.of(clip));
        List<Track> tracks = new ArrayList<>(timeline.tracks());
        tracks.add(a2);
        List<MediaItem> media = new ArrayList<>(project.media());
        media.add(bed);
        return project.withTimeline(timeline.withTracks(tracks)).withMedia(media);
    }
}
