package dev.cutroom.plugin.host.context;

import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.host.exec.ExecutionListener;
import dev.cutroom.plugin.host.model.HostModelAccess;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The {@link JobContext} a plugin gets, in process or in a worker. Progress is clamped and made
 * non-decreasing and forwarded at most every {@value #PROGRESS_INTERVAL_MILLIS} ms (plus the final 1.0),
 * so a plugin may report per frame without flooding the editor or the worker pipe.
 */
public final class HostJobContext implements JobContext {
    static final long PROGRESS_INTERVAL_MILLIS = 50;

    private final JobWorkspace workspace;
    private final BooleanSupplier cancelled;
    private final ExecutionListener listener;
    private final MediaAccess media;
    private final HostModelAccess models;
    private double lastFraction;
    private long lastSentNanos;

    public HostJobContext(JobWorkspace workspace, BooleanSupplier cancelled, ExecutionListener listener,
                          MediaAccess media, HostModelAccess models) {
        this.workspace = workspace;
        this.cancelled = cancelled;
        this.listener = listener;
        this.media = media;
        this.models = models;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        double f = Double.isNaN(fraction) ? lastFraction : Math.max(lastFraction, Math.min(1, Math.max(0, fraction)));
        long now = System.nanoTime();
        boolean due = f >= 1 || lastSentNanos == 0 || now - lastSentNanos >= PROGRESS_INTERVAL_MILLIS * 1_000_000;
        lastFraction = f;
        if (!due) return;
        lastSentNanos = now;
        listener.progress(f, message == null ? "" : message);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public void log(LogLevel level, String message) {
        listener.log(level == null ? LogLevel.INFO : level, String.valueOf(message));
    }

    @Override
    public Path scratchDir() {
        return workspace.scratch();
    }

    @Override
    public Path newOutputFile(String fileName) {
        return workspace.newOutputFile(fileName);
    }

    @Override
    public MediaAccess media() {
        return media;
    }

    @Override
    public ModelAccess models() {
        return models;
    }

    @Override
    public String device() {
        return models.device();
    }

    /** The model access, to read which models were used for provenance. */
    public HostModelAccess modelAccess() {
        return models;
    }
}
