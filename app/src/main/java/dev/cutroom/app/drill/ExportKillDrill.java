package dev.cutroom.app.drill;

import dev.cutroom.app.DemoProject;
import dev.cutroom.app.cli.ProjectFiles;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.engine.render.Exporter;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.MediaInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Kill -9 during export: a child JVM exports the first {@value #FRAMES} frames of the demo project at LOW quality
 * and is SIGKILLed at a random moment. Under the target name there must be nothing, or a complete MP4 that probes
 * with {@value #FRAMES} frames (every other trial starts with a finished export there, which must survive); then
 * the next export must succeed and leave no {@code .part} file behind.
 */
final class ExportKillDrill implements Drill {
    static final int FRAMES = 50;
    /** The long variant's length: kills land deep into an export that has flushed many encoder packets. */
    static final int LONG_FRAMES = 300;
    private final long seed;
    private final String name;
    private final int frames;
    private final int defaultTrials;

    ExportKillDrill(long seed) { this(seed, "export-kill", FRAMES, 100); }

    private ExportKillDrill(long seed, String name, int frames, int defaultTrials) {
        this.seed = seed;
        this.name = name;
        this.frames = frames;
        this.defaultTrials = defaultTrials;
    }

    /** The same drill on a {@value #LONG_FRAMES}-frame export, with fewer trials (each takes longer). */
    static ExportKillDrill longer(long seed) { return new ExportKillDrill(seed, "export-kill-long", LONG_FRAMES, 10); }

    @Override public String name() { return name; }

    @Override public String description() { return "kill -9 a JVM exporting " + frames + " frames of the demo project"; }

    @Override public int defaultTrials() { return defaultTrials; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path projectFile = DemoProject.create(work.resolve("demo"));
        Path folder = Files.createDirectories(work.resolve("out"));
        Path target = folder.resolve("cut.mp4");
        Path err = work.resolve("child.err");
        Random random = new Random(seed);
        long window = calibrate(projectFile, target, err, frames);
        tally.note("kills spread over " + window + " ms after the child is ready (1.5 times a whole export in the child)");
        ProjectFiles.Opened opened = ProjectFiles.load(projectFile);
        Exporter exporter = new Exporter(opened.resolver());
        ExportSettings settings = settings(frames);
        for (int t = 0; t < trials; t++) {
            if (t % 2 == 0) Files.deleteIfExists(target);
            try (ChildJvm child = ChildJvm.start(err, "export", projectFile.toString(), target.toString(), Integer.toString(frames))) {
                if (child.await("READY", Duration.ofSeconds(60)) == null) {
                    tally.fail("child did not start: " + SaveKillDrill.tail(err));
                    continue;
                }
                Thread.sleep(random.nextLong(window + 1));
                child.kill();
                child.drain();
                tally.outcome("DONE".equals(child.lastLine()) ? "the export had finished" : "killed while exporting");
            }
            String failure = checkTarget(target, frames);
            if (failure == null) {
                try {
                    exporter.export(opened.project(), target, settings, null, null);
                    List<String> parts = Files2.hiddenTemps(folder, target.getFileName().toString());
                    if (!parts.isEmpty()) failure = "the next export left temp files: " + parts;
                    else failure = checkTarget(target, frames);
                    if (failure == null && !Files.exists(target)) failure = "the next export wrote no file";
                } catch (RuntimeException e) {
                    failure = "the next export failed: " + e;
                }
            }
            tally.record(failure);
        }
        return tally.result();
    }

    static ExportSettings settings() { return settings(FRAMES); }

    static ExportSettings settings(int frames) {
        return ExportSettings.defaults().withQuality(ExportSettings.Quality.LOW).withRange(new FrameRange(0, frames));
    }

    static String checkTarget(Path target) { return checkTarget(target, FRAMES); }

    /** Null when there is no file under the target name or it is a complete export of {@code frames} frames. */
    static String checkTarget(Path target, int frames) {
        if (!Files.exists(target)) return null;
        try {
            MediaInfo info = MediaProbe.probe(target);
            if (!info.hasVideo()) return "the file under the target name has no video";
            if (info.video().frameCount() != frames) return "the file under the target name has " + info.video().frameCount() + " frames, not " + frames;
            return null;
        } catch (RuntimeException e) {
            return "a file that does not probe sits under the target name: " + e.getMessage();
        }
    }

    private static long calibrate(Path projectFile, Path target, Path err, int frames) throws Exception {
        try (ChildJvm child = ChildJvm.start(err, "export", projectFile.toString(), target.toString(), Integer.toString(frames))) {
            if (child.await("READY", Duration.ofSeconds(60)) == null) throw new IllegalStateException("export child did not start: " + SaveKillDrill.tail(err));
            long t0 = System.nanoTime();
            if (child.await("DONE", Duration.ofSeconds(120)) == null) throw new IllegalStateException("export child did not finish: " + SaveKillDrill.tail(err));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Files.deleteIfExists(target);
            return Math.max(20, ms + ms / 2);
        }
    }
}
