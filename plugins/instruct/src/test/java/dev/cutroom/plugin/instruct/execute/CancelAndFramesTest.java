package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobCancelledException;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobListener;
import dev.cutroom.plugin.host.job.JobProgress;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.plan.Step;
import dev.cutroom.plugin.testkit.PluginTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling midway, progress, and filters that hold frames back (temporal denoise) keeping the frame count. */
class CancelAndFramesTest {
    static final int W = 160, H = 96;
    static final Plan SLOW_PLAN = new Plan("", List.of(Step.of(OpKind.DENOISE), Step.of(OpKind.REVERSE), Step.of(OpKind.VIGNETTE)));
    @TempDir
    Path dir;

    /** A context that asks to stop once progress passes 40%, and records the progress it got. */
    private static final class CancellingContext extends DirectContext {
        final List<Double> progress = new CopyOnWriteArrayList<>();
        volatile long cancelledAt;

        CancellingContext(Path dir) {
            super(dir);
        }

        @Override public void progress(double fraction, String message) {
            progress.add(fraction);
            if (fraction > 0.4 && cancelledAt == 0) cancelledAt = System.nanoTime();
        }

        @Override public boolean isCancelled() {
            return cancelledAt != 0;
        }
    }

    @Test
    void cancellingMidwayStopsPromptlyLeavesNoFileAndProgressOnlyRose() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("long.mp4"), W, H, 50);
        CancellingContext ctx = new CancellingContext(dir.resolve("job"));
        Throwable thrown = catchThrowable(() -> new PlanRunner().run(SLOW_PLAN, Job.onClips(ParameterValues.EMPTY, Decoded.whole(media)), ctx));
        double stoppedAfterMs = (System.nanoTime() - ctx.cancelledAt) / 1e6;
        System.out.printf("cancel: stopped %.0f ms after the request, progress %s%n", stoppedAfterMs, ctx.progress);
        assertThat(thrown).isInstanceOf(JobCancelledException.class);
        assertThat(stoppedAfterMs).as("stops within a frame or so").isLessThan(1000);
        assertThat(outputFiles(dir.resolve("job/out"))).as("no take left behind").isEmpty();
        assertThat(ctx.progress).isSortedAccordingTo(Double::compare).isNotEmpty();
        assertThat(ctx.progress.getLast()).isBetween(0.4, 0.7);
    }

    @Test
    void cancellingThroughTheHostEndsCancelledWithRisingProgress() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("long.mp4"), W, H, 50);
        try (PluginTestKit kit = PluginTestKit.create(dir)) {
            var job = kit.job(kit.clip("clip-1", media), "plan", PlanJson.write(SLOW_PLAN));
            JobHandle handle = kit.start(PlanRunnerTestPlugin.ID, job);
            List<Double> progress = new CopyOnWriteArrayList<>();
            handle.addListener(new JobListener() {
                @Override public void onProgress(JobHandle h, JobProgress p) {
                    progress.add(p.fraction());
                    if (p.fraction() > 0.3) h.cancel();
                }
            });
            Throwable thrown = catchThrowable(() -> handle.result().orTimeout(30, TimeUnit.SECONDS).join());
            assertThat(thrown).isInstanceOf(CompletionException.class).cause().isInstanceOf(JobFailedException.class);
            assertThat(((JobFailedException) thrown.getCause()).kind()).isEqualTo(FailureKind.CANCELLED);
            assertThat(progress).isSortedAccordingTo(Double::compare);
            assertThat(outputFiles(dir)).as("no take anywhere under the job folders").noneMatch(p -> p.getFileName().toString().contains("-instruct"));
        }
    }

    @Test
    void temporalDenoiseGivesBackEveryFrame() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("sq.mp4"), W, H, 23);
        try (PluginTestKit kit = PluginTestKit.create(dir)) {
            for (Plan plan : List.of(new Plan("", List.of(Step.of(OpKind.DENOISE, "strength", 1.0))), SLOW_PLAN)) {
                var run = kit.run(PlanRunnerTestPlugin.ID, kit.job(kit.clip("clip-1", media), "plan", PlanJson.write(plan)));
                Path take = run.outputs(Output.NewTake.class).getFirst().file();
                assertThat(Decoded.frames(take)).as(plan.steps().toString()).hasSize(23);
            }
        }
    }

    private static List<Path> outputFiles(Path root) throws Exception {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith("long.mp4")).toList();
        }
    }
}
