package dev.cutroom.app.drill;

import dev.cutroom.app.drill.plugins.FailingPlugins;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.project.ProjectSlot;
import dev.cutroom.plugin.host.project.TimelineCommitter;
import dev.cutroom.plugin.host.worker.WorkerSettings;
import dev.cutroom.timeline.command.AddMarker;
import dev.cutroom.timeline.command.History;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plugin failures while the editor holds unsaved edits: a {@link History} with edits not yet saved, a
 * {@link JobRunner} running workers out of process (64 MB heap) with the real {@link TimelineCommitter} over that
 * history, and plugins from a jar in a plugins folder that throw, run out of memory, crash their JVM, or hang until
 * cancelled. Each job must fail with its kind; the history's current project, undo and redo stacks and modified
 * flag must be exactly as before, the job folder gone, and the history must still take and undo an edit.
 */
final class PluginFailureDrill implements Drill {
    private static final List<String> ORDER = List.of("drill.throws", "drill.oom", "drill.crash", "drill.hang");

    @Override public String name() { return "plugin-failure"; }

    @Override public String description() { return "plugins throw, run out of memory, crash, hang + cancel, with unsaved edits"; }

    @Override public int defaultTrials() { return 20; }

    /** The drill plugins in a plugins folder, a job on a small clip, and a history holding unsaved edits. */
    record Setup(PluginRegistry registry, Job job, History history, Path workRoot, TimelineCommitter committer) {}

    /** The history as the editor shows it: compared before and after a failed job. */
    record Snapshot(Project project, List<String> undo, List<String> redo, boolean modified) {
        static Snapshot of(History h) { return new Snapshot(h.current(), h.undoLabels(), h.redoLabels(), h.isModified()); }
    }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Setup s;
        try {
            s = setUp(work);
        } catch (CannotRunHere e) {
            return DrillResult.skipped(name(), e.getMessage());
        }
        try (JobRunner runner = JobRunner.builder(s.registry()).workRoot(s.workRoot()).committer(s.committer())
                .worker(WorkerSettings.sameAsHost().withMaxHeap("64m")).timeout(Duration.ofSeconds(60)).build()) {
            for (int t = 0; t < trials; t++) {
                String id = ORDER.get(t % ORDER.size());
                tally.record(trial(runner, id, s.job(), s.history(), s.workRoot(), tally));
            }
        }
        return tally.result();
    }

    static Setup setUp(Path work) throws Exception {
        Path pluginsFolder = Files.createDirectories(work.resolve("plugins"));
        PluginJar.write(pluginsFolder.resolve("drill-plugins.jar"), FailingPlugins.ALL, Map.of());
        PluginRegistry registry = PluginRegistry.discover(pluginsFolder);
        for (String id : ORDER) {
            var entry = registry.find(id);
            if (entry.isEmpty() || !entry.get().isLoadable()) {
                throw new CannotRunHere("drill plugin " + id + " not loadable: " + entry.flatMap(e -> e.refusalReason()).orElse("not found"));
            }
        }
        Path media = clipVideo(work.resolve("clip.mp4"));
        ClipRef clip = new ClipRef("clip-1", "track-1", media.toAbsolutePath(), new TimeSpan(ExactTime.ZERO, new Fps(25, 1).timeOf(8)),
                ExactTime.ZERO, new Fps(25, 1), 64, 48, 0, 0);
        Job job = Job.onClips(ParameterValues.EMPTY, clip);

        History history = new History(DrillProjects.small());
        history.perform(new AddMarker(new Marker("unsaved-1", "Unsaved 1", 10, 0, "red", null)));
        history.perform(new AddMarker(new Marker("unsaved-2", "Unsaved 2", 20, 0, "red", null)));
        history.undo();
        Path workRoot = work.resolve("jobs");
        TimelineCommitter committer = new TimelineCommitter(ProjectSlot.of(history), new MediaResolver(work));
        return new Setup(registry, job, history, workRoot, committer);
    }

    private static String trial(JobRunner runner, String id, Job job, History history, Path workRoot, DrillResult.Tally tally) throws Exception {
        Snapshot before = Snapshot.of(history);
        JobHandle handle = runner.submit(id, job);
        FailureKind expected = switch (id) {
            case "drill.throws" -> FailureKind.PLUGIN_ERROR;
            case "drill.oom" -> FailureKind.OUT_OF_MEMORY;
            case "drill.crash" -> FailureKind.CRASHED;
            default -> FailureKind.CANCELLED;
        };
        if (id.equals("drill.hang")) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (handle.progress().fraction() < 0.1 && System.nanoTime() < deadline) Thread.sleep(10);
            Thread.sleep(100);
            handle.cancel();
        }
        try {
            handle.result().get(60, TimeUnit.SECONDS);
            return id + ": the job succeeded";
        } catch (TimeoutException e) {
            handle.cancel();
            return id + ": the job did not end within 60 s";
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause() instanceof CompletionException ce ? ce.getCause() : e.getCause();
            if (!(c instanceof JobFailedException f)) return id + ": failed with " + c;
            if (f.kind() != expected) return id + ": failed as " + f.kind() + ", expected " + expected + ": " + f.getMessage();
            tally.outcome(id + " failed as " + f.kind());
        }
        return untouched(id, history, before, workRoot, handle);
    }

    /** Null when the failed job left the history as it was, removed its folder, and the history still takes an edit. */
    static String untouched(String id, History history, Snapshot before, Path workRoot, JobHandle handle) {
        if (history.current() != before.project()) return id + ": the history's project changed";
        if (!history.undoLabels().equals(before.undo()) || !history.redoLabels().equals(before.redo())) return id + ": the undo/redo stacks changed";
        if (history.isModified() != before.modified()) return id + ": the modified flag changed";
        if (Files.exists(workRoot.resolve(handle.id()))) return id + ": the job folder was left behind";
        Project edited = history.perform(new AddMarker(new Marker("after-" + handle.id(), "After", 30, 0, "blue", null)));
        if (edited == before.project()) return id + ": the history no longer takes edits";
        if (history.undo() != before.project() && !history.current().equals(before.project())) return id + ": undo after the failure does not give the project back";
        return null;
    }

    static Path clipVideo(Path file) {
        var settings = MediaWriter.VideoSettings.of(64, 48, FrameRate.FPS_25, 0.5);
        VideoFrame frame = VideoFrame.black(64, 48, PixelFormat.RGB24);
        try (MediaWriter writer = MediaWriter.open(file, settings, null, false)) {
            for (int n = 0; n < 12; n++) writer.writeVideo(frame);
            writer.finish();
        }
        return file;
    }
}
