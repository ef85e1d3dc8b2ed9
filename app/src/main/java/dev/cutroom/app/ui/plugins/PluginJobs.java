package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.JobsModel;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.project.JobRequests;
import dev.cutroom.plugin.host.project.TimelineCommitter;
import dev.cutroom.plugin.host.result.CommitReceipt;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Runs plugins from the editor. {@link #run} (FX thread) builds the job from the selected clips, submits it to a
 * {@link JobRunner} (out of process by default; a plugin that throws, runs out of memory, crashes or hangs fails
 * its job and nothing else) and shows it in the jobs panel as a {@link PluginJobTask} with progress, ETA and
 * cancel. On success the result is committed by a {@link TimelineCommitter} through an {@link EditorSlot}: one
 * undoable edit, made on the FX thread. A failed or cancelled job leaves the project untouched and its error in
 * the jobs panel. No plugin work runs on the FX thread.
 */
public final class PluginJobs implements AutoCloseable {
    private final EditorModel model;
    private final JobsModel jobs;
    private final PluginCatalog catalog;
    private final Executor uiThread;
    private final JobRunner runner;
    private final PluginEstimates estimates;
    private final ExecutorService waiters = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("plugin-job-wait-", 1).factory());

    /**
     * @param configure sets up the runner (mode, timeout, work folder); each job gets its own committer
     */
    public PluginJobs(EditorModel model, JobsModel jobs, PluginCatalog catalog, Executor uiThread, UnaryOperator<JobRunner.Builder> configure) {
        this.model = Objects.requireNonNull(model, "model");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.runner = configure.apply(JobRunner.builder(catalog.registry())).build();
        // estimates get their own runner so they never queue behind a job; its committer applies nothing (an estimate
        // has no outputs) but lets the runner delete each job's folder
        this.estimates = new PluginEstimates(model, configure.apply(JobRunner.builder(catalog.registry())).timeout(Duration.ofMinutes(5))
                .committer(done -> new CommitReceipt("estimate", List.of())).build());
    }

    /** The app's: jobs in worker JVMs, one at a time, work folders under the temp folder, results on the FX thread. */
    public static PluginJobs forApp(EditorModel model, JobsModel jobs, PluginCatalog catalog) {
        return new PluginJobs(model, jobs, catalog, Platform::runLater, b -> b.mode(ExecutionMode.OUT_OF_PROCESS)
                .timeout(Duration.ofHours(2)).workRoot(Path.of(System.getProperty("java.io.tmpdir"), "cutroom-jobs")));
    }

    public PluginCatalog catalog() { return catalog; }

    /** Estimates of jobs before they start. */
    public PluginEstimates estimates() { return estimates; }

    /**
     * The selected clips a plugin can take, in no particular order: clips on tracks of a kind it does not accept
     * are left out (a video plugin gets the picture, and its split takes linked sound along).
     */
    public List<String> clipsFor(PluginDescriptor plugin, Collection<String> selected) {
        boolean video = plugin.accepts().contains(SelectionKind.VIDEO_CLIP);
        boolean audio = plugin.accepts().contains(SelectionKind.AUDIO_CLIP);
        List<String> out = new ArrayList<>();
        for (String id : selected) {
            Track t = model.trackOf(id);
            if (t == null) continue;
            if (t.kind() == TrackKind.VIDEO ? video : audio) out.add(id);
        }
        return out;
    }

    /**
     * Starts a plugin on clips of the current project. FX thread.
     *
     * @param values      parameter values by id (from {@link ParameterForm#values()})
     * @param instruction the text instruction, or null
     * @return the task the jobs panel shows; it succeeds once the result is on the timeline
     * @throws IllegalArgumentException with a message for the user when the job cannot start (unknown clip,
     *                                  a selection or value the plugin does not take)
     */
    public PluginJobTask run(String pluginId, List<String> clipIds, Map<String, ?> values, String instruction) {
        MediaResolver resolver = model.resolver();
        Job job = JobRequests.forClips(model.project(), resolver, clipIds, values, instruction);
        PluginDescriptor plugin = catalog.registry().require(pluginId).descriptor();
        EditorSlot slot = new EditorSlot(model, uiThread, resolver.projectFolder());
        JobHandle handle = runner.submit(pluginId, job, new TimelineCommitter(slot, resolver), null);
        String what = plugin.name() + " on " + (clipIds.size() == 1 ? "1 clip" : clipIds.size() + " clips");
        PluginJobTask task = new PluginJobTask(what, handle);
        task.setOnSucceeded(e -> succeeded(task.getValue()));
        task.setOnFailed(e -> model.statusProperty().set(what + " failed: " + task.getException().getMessage() + "; the project was not changed"));
        task.setOnCancelled(e -> model.statusProperty().set(what + " cancelled; the project was not changed"));
        model.statusProperty().set("Started " + what);
        jobs.submit(task, waiters);
        return task;
    }

    /** FX thread: show what the job made. */
    private void succeeded(CompletedJob done) {
        String summary = done.result().summary();
        model.statusProperty().set(done.plugin().name() + (summary.isBlank() ? ": done" : ": " + summary));
        for (CommitReceipt.Item item : done.receipt().items()) {
            boolean madeClipOrTake = item.kind() == CommitReceipt.Kind.TAKE || item.kind() == CommitReceipt.Kind.CLIP;
            if (madeClipOrTake && model.trackOf(item.clipId()) != null) {
                model.focusedClipProperty().set(item.clipId()); // the inspector (and e.g. the Soundtrack panel) shows what was made
                break;
            }
        }
    }

    /** Cancels running jobs and stops the runner. */
    @Override
    public void close() {
        estimates.close();
        runner.close();
        waiters.shutdownNow();
    }
}
