package dev.cutroom.app.drill;

import dev.cutroom.app.cli.ProjectFiles;
import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.engine.render.Exporter;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Corrupt media in a saved project: three clips on V1, and between trials the middle clip's file is replaced by a
 * {@linkplain CorruptMedia broken one} (truncated, zero bytes, sound or text under the .mp4 name, noise after a good
 * header, noise). The project must still load; probing the file must give a {@link MediaException} naming it (or
 * read it, when what is left is still a video); exporting the whole cut must give such an exception and leave nothing
 * under the target name (or export, when the file still decodes), within {@value #TIME_BOX_MS} ms; and with the broken
 * clip disabled, the rest of the project must export every frame.
 */
final class CorruptMediaDrill implements Drill {
    static final long TIME_BOX_MS = 60_000;
    private static final int CLIP_FRAMES = 12;
    private final long seed;

    CorruptMediaDrill(long seed) { this.seed = seed; }

    @Override public String name() { return "corrupt-media"; }

    @Override public String description() { return "truncated, zero-byte, wrong-extension and garbage media in a project"; }

    @Override public int defaultTrials() { return 30; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path folder = Files.createDirectories(work.resolve("project"));
        Path projectFile = folder.resolve("corrupt.cutroom");
        Path victim = folder.resolve("middle.mp4");
        saveProject(projectFile, List.of(clip(folder.resolve("first.mp4")), clip(victim), clip(folder.resolve("last.mp4"))));
        byte[] good = Files.readAllBytes(victim);
        Path out = Files.createDirectories(work.resolve("out"));
        Random random = new Random(seed);
        long slowestError = 0;
        try (TimeBox box = new TimeBox(TIME_BOX_MS, "corrupt-media")) {
            for (int t = 0; t < trials; t++) {
                CorruptMedia kind = CorruptMedia.values()[t % CorruptMedia.values().length];
                Files.write(victim, kind.damage(good, random));
                Trial trial = new Trial(kind, projectFile, victim, out.resolve("cut-" + t + ".mp4"), tally);
                TimeBox.Outcome o = box.run(trial::run);
                if (o.ranOver()) tally.fail(kind.label + ": probe and export ran over " + TIME_BOX_MS + " ms");
                else if (o.thrown() != null) tally.fail(kind.label + ": " + o.thrown());
                else tally.record(trial.failure);
                if (trial.clearError) slowestError = Math.max(slowestError, o.millis());
            }
        }
        tally.note("slowest trial that ended in a clear error: " + slowestError + " ms");
        return tally.result();
    }

    /** One broken file: probe it, export the whole cut, export the cut without it. */
    private static final class Trial {
        final CorruptMedia kind;
        final Path projectFile, victim, target;
        final DrillResult.Tally tally;
        String failure;
        boolean clearError;

        Trial(CorruptMedia kind, Path projectFile, Path victim, Path target, DrillResult.Tally tally) {
            this.kind = kind;
            this.projectFile = projectFile;
            this.victim = victim;
            this.target = target;
            this.tally = tally;
        }

        Void run() throws Exception {
            failure = check();
            return null;
        }

        private String check() throws Exception {
            ProjectFiles.Opened opened = ProjectFiles.load(projectFile);
            Project project = opened.project();
            String name = victim.getFileName().toString();
            try {
                MediaProbe.probe(victim);
                tally.outcome(kind.label + ": the probe still read it");
            } catch (MediaException e) {
                if (!e.getMessage().contains(name)) return kind.label + ": the probe's error does not name the file: " + e.getMessage();
                clearError = true;
            }
            Exporter exporter = new Exporter(opened.resolver());
            ExportSettings settings = ExportSettings.defaults().withQuality(ExportSettings.Quality.LOW);
            try {
                exporter.export(project, target, settings, null, null);
                String bad = frames(target, project.timeline().duration());
                if (bad != null) return kind.label + ": the whole cut exported, but " + bad;
                tally.outcome(kind.label + ": the whole cut still exported");
            } catch (MediaException e) {
                if (!e.getMessage().contains(name)) return kind.label + ": the export's error does not name the file: " + e.getMessage();
                if (Files.exists(target)) return kind.label + ": a failed export left a file under the target name";
                if (!Files2.hiddenTemps(target.getParent(), target.getFileName().toString()).isEmpty()) return kind.label + ": a failed export left temp files";
                clearError = true;
                tally.outcome(kind.label + ": clear error naming the file");
            }
            Files.deleteIfExists(target);
            Project without = withoutMedia(project, victim, opened.resolver());
            exporter.export(without, target, settings, null, null);
            String bad = frames(target, project.timeline().duration());
            Files.deleteIfExists(target);
            return bad == null ? null : kind.label + ": with the broken clip disabled, " + bad;
        }
    }

    /** Null when {@code file} is a video of {@code expected} frames. */
    private static String frames(Path file, long expected) {
        MediaInfo info = MediaProbe.probe(file);
        if (!info.hasVideo()) return "the export has no video";
        return info.video().frameCount() == expected ? null : "the export has " + info.video().frameCount() + " frames, not " + expected;
    }

    /** The project with every clip that plays {@code file} disabled: what the user does with a broken file. */
    private static Project withoutMedia(Project p, Path file, MediaResolver resolver) {
        List<Track> tracks = new ArrayList<>();
        for (Track t : p.timeline().tracks()) {
            List<Clip> clips = new ArrayList<>();
            for (Clip c : t.clips()) {
                MediaItem m = p.mediaItem(c.activeTake().mediaId());
                clips.add(m != null && resolver.resolve(m).equals(file.toAbsolutePath().normalize()) ? c.withEnabled(false) : c);
            }
            tracks.add(t.withClips(clips));
        }
        return p.withTimeline(p.timeline().withTracks(tracks));
    }

    private static void saveProject(Path projectFile, List<Path> media) {
        MediaResolver resolver = new MediaResolver(projectFile.getParent());
        Ids ids = Ids.seeded(3);
        List<MediaItem> items = new ArrayList<>();
        for (Path f : media) items.add(MediaItem.probed(ids.next("media"), resolver.toStoredPath(f), MediaProbe.probe(f)));
        Project project = new ProjectFactory(ids).fromMedia("Corrupt media", items, ProjectFormat.fromMedia(items, ProjectFormat.HD_25));
        ProjectFiles.save(project, projectFile, "cutroom drill");
    }

    /** A 64x48 clip of {@value #CLIP_FRAMES} frames at 25 fps. */
    private static Path clip(Path file) {
        var settings = MediaWriter.VideoSettings.of(64, 48, FrameRate.FPS_25, 0.5);
        VideoFrame frame = VideoFrame.black(64, 48, PixelFormat.RGB24);
        try (MediaWriter writer = MediaWriter.open(file, settings, null, false)) {
            for (int n = 0; n < CLIP_FRAMES; n++) writer.writeVideo(frame);
            writer.finish();
        }
        return file;
    }
}
