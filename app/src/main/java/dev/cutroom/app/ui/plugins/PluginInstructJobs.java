package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.cli.PlanNotes;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.plugin.instruct.InstructPlugin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Worker;

/**
 * {@link InstructJobs} on the editor's job machinery: each job runs in a worker JVM, shows in the jobs panel with
 * progress and cancel, and commits like every plugin job (a plan-only job has no outputs, so it commits nothing).
 * FX thread.
 */
final class PluginInstructJobs implements InstructJobs {
    private final PluginJobs jobs;

    PluginInstructJobs(PluginJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public CompletableFuture<PlanNotes> plan(List<String> clipIds, String instruction) {
        return future(jobs.run(InstructPlugin.ID, clipIds, Map.of("planOnly", true), instruction)).thenApply(done -> PlanNotes.of(done.result()));
    }

    @Override
    public CompletableFuture<?> apply(List<String> clipIds, String instruction, String planJson) {
        return future(jobs.run(InstructPlugin.ID, clipIds, Map.of("plan", planJson), instruction));
    }

    /** The task's outcome as a future; cancelling the future cancels the task (and so the job). */
    private static CompletableFuture<CompletedJob> future(PluginJobTask task) {
        CompletableFuture<CompletedJob> f = new CompletableFuture<>();
        task.stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED) f.complete(task.getValue());
            else if (state == Worker.State.FAILED) f.completeExceptionally(task.getException());
            else if (state == Worker.State.CANCELLED) f.completeExceptionally(new CancellationException("cancelled"));
        });
        f.whenComplete((v, e) -> { if (f.isCancelled()) task.cancel(); });
        return f;
    }
}
