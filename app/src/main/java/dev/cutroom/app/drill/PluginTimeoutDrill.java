package dev.cutroom.app.drill;

import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.worker.WorkerSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A plugin that hangs (ignoring interrupts and cancel) until the job runner's time limit of {@value #LIMIT_SECONDS} s
 * stops it, while the editor holds unsaved edits (the same {@link PluginFailureDrill.Setup}). Nobody cancels: the job
 * must fail as {@link FailureKind#TIMED_OUT} with a message saying it ran over its time limit, within a few seconds of
 * the limit, and the history must be untouched.
 */
final class PluginTimeoutDrill implements Drill {
    static final int LIMIT_SECONDS = 3;
    /** How long after the limit the job may take to end (the worker is killed, its folder removed). */
    static final int GRACE_SECONDS = 20;

    @Override public String name() { return "plugin-timeout"; }

    @Override public String description() { return "a plugin hangs into its " + LIMIT_SECONDS + " s time limit, with unsaved edits"; }

    @Override public int defaultTrials() { return 5; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        PluginFailureDrill.Setup s;
        try {
            s = PluginFailureDrill.setUp(work);
        } catch (CannotRunHere e) {
            return DrillResult.skipped(name(), e.getMessage());
        }
        long slowest = 0;
        try (JobRunner runner = JobRunner.builder(s.registry()).workRoot(s.workRoot()).committer(s.committer())
                .worker(WorkerSettings.sameAsHost().withMaxHeap("64m")).timeout(Duration.ofSeconds(LIMIT_SECONDS)).build()) {
            for (int t = 0; t < trials; t++) {
                PluginFailureDrill.Snapshot before = PluginFailureDrill.Snapshot.of(s.history());
                long t0 = System.nanoTime();
                JobHandle handle = runner.submit("drill.hang", s.job());
                String failure = timedOut(handle);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                slowest = Math.max(slowest, ms);
                if (failure == null) failure = PluginFailureDrill.untouched("drill.hang", s.history(), before, s.workRoot(), handle);
                tally.record(failure);
            }
        }
        tally.note("slowest time from submit to the time-out failure: " + slowest + " ms (limit " + LIMIT_SECONDS * 1000 + " ms)");
        return tally.result();
    }

    /** Null when the job failed as timed out, with a message that says so. */
    private static String timedOut(JobHandle handle) throws InterruptedException {
        try {
            handle.result().get(LIMIT_SECONDS + GRACE_SECONDS, TimeUnit.SECONDS);
            return "the hanging job succeeded";
        } catch (TimeoutException e) {
            handle.cancel();
            return "the job was still running " + GRACE_SECONDS + " s after its time limit";
        } catch (ExecutionException e) {
            Throwable c = e.getCause() instanceof CompletionException ce ? ce.getCause() : e.getCause();
            if (!(c instanceof JobFailedException f)) return "failed with " + c;
            if (f.kind() != FailureKind.TIMED_OUT) return "failed as " + f.kind() + ", expected TIMED_OUT: " + f.getMessage();
            if (!f.getMessage().contains("time limit")) return "the time-out message does not say so: " + f.getMessage();
            return null;
        }
    }
}
