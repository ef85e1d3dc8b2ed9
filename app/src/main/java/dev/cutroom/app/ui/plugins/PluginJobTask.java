package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobListener;
import dev.cutroom.plugin.host.job.JobProgress;
import dev.cutroom.plugin.host.job.JobState;
import dev.cutroom.plugin.host.result.CompletedJob;
import javafx.concurrent.Task;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A submitted plugin job as a {@link Task}, so that the jobs panel (ControlsFX {@code TaskProgressView}) shows
 * its progress, its ETA and a cancel button. {@link #call} only waits (off the FX thread); the job itself runs in
 * the {@link dev.cutroom.plugin.host.job.JobRunner}. Cancelling the task cancels the job; a failed job fails the
 * task with the host's message ({@link dev.cutroom.plugin.host.exec.JobFailedException}).
 */
public final class PluginJobTask extends Task<CompletedJob> {
    private final JobHandle handle;

    PluginJobTask(String title, JobHandle handle) {
        this.handle = handle;
        updateTitle(title);
        updateMessage("Waiting");
        handle.addListener(new JobListener() {
            @Override
            public void onStateChanged(JobHandle job, JobState state) {
                if (state == JobState.RUNNING) updateMessage("Starting");
            }

            @Override
            public void onProgress(JobHandle job, JobProgress p) {
                updateProgress(p.fraction(), 1);
                updateMessage(describe(p));
            }
        });
    }

    public JobHandle handle() { return handle; }

    /** "frame 12 of 50 (about 8s left)". */
    static String describe(JobProgress p) {
        String eta = p.eta().map(d -> " (about " + human(d) + " left)").orElse("");
        return (p.message() == null || p.message().isBlank() ? Math.round(p.fraction() * 100) + "%" : p.message()) + eta;
    }

    static String human(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    @Override
    protected CompletedJob call() throws Exception {
        while (true) {
            if (isCancelled()) {
                handle.cancel();
                return null;
            }
            try {
                CompletedJob done = handle.result().get(100, TimeUnit.MILLISECONDS);
                updateProgress(1, 1);
                updateMessage(done.result().summary());
                return done;
            } catch (TimeoutException e) {
                // still running
            } catch (InterruptedException e) {
                handle.cancel();
                if (isCancelled()) return null;
                throw e;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        }
    }

    @Override
    protected void cancelled() {
        handle.cancel();
    }
}
