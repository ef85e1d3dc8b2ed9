package dev.cutroom.plugin.host.job;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.exec.CancelSignal;
import dev.cutroom.plugin.host.exec.ExecutionListener;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.plugin.host.result.ResultCommitter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The state of one submitted job, shared by the runner's threads and the caller. Thread-safe. */
final class RunningJob implements JobHandle, ExecutionListener {
    static final int MAX_LOG_LINES = 20_000;
    static final int MAX_MESSAGE_CHARS = 16 * 1024;
    private final String id;
    private final PluginEntry plugin;
    private final Job job;
    private final ResultCommitter committer;
    private final CancelSignal cancel = new CancelSignal();
    private final CompletableFuture<CompletedJob> result = new CompletableFuture<>();
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final List<LogLine> log = new ArrayList<>();
    private volatile JobState state = JobState.QUEUED;
    private volatile JobProgress progress = JobProgress.NONE;
    private volatile long startedNanos;
    private volatile Instant startedAt;

    RunningJob(String id, PluginEntry plugin, Job job, ResultCommitter committer, JobListener listener) {
        this.id = id;
        this.plugin = plugin;
        this.job = job;
        this.committer = committer;
        if (listener != null) listeners.add(listener);
    }

    @Override public String id() { return id; }

    /** Writes this job's result onto its project, or null. */
    ResultCommitter committer() { return committer; }

    @Override public String pluginId() { return plugin.id(); }

    @Override public JobState state() { return state; }

    @Override public JobProgress progress() { return progress; }

    @Override
    public List<LogLine> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void addListener(JobListener listener) {
        listeners.add(listener);
    }

    @Override
    public CompletableFuture<CompletedJob> result() {
        return result;
    }

    @Override
    public void cancel() {
        stop(CancelSignal.Reason.CANCELLED);
    }

    /** Raises the cancel signal; a job still queued is finished here and never starts. */
    void stop(CancelSignal.Reason reason) {
        if (!cancel.cancel(reason)) return;
        synchronized (this) {
            if (state != JobState.QUEUED) return;
        }
        fail(JobFailedException.stopped(reason, plugin.id()));
    }

    /** Moves QUEUED to RUNNING; false when the job was cancelled while waiting. */
    boolean start() {
        synchronized (this) {
            if (state != JobState.QUEUED || cancel.isCancelled()) return false;
            state = JobState.RUNNING;
            startedNanos = System.nanoTime();
            startedAt = Instant.now();
        }
        listeners.forEach(l -> l.onStateChanged(this, JobState.RUNNING));
        return true;
    }

    void succeed(CompletedJob completed) {
        progress(1, "Done");
        if (finish(JobState.SUCCEEDED)) result.complete(completed);
    }

    void fail(JobFailedException failure) {
        log(LogLevel.ERROR, failure.getMessage());
        boolean cancelled = failure.kind() == FailureKind.CANCELLED || failure.kind() == FailureKind.TIMED_OUT;
        if (finish(cancelled ? JobState.CANCELLED : JobState.FAILED)) result.completeExceptionally(failure);
    }

    private boolean finish(JobState end) {
        synchronized (this) {
            if (state.isFinal()) return false;
            state = end;
        }
        listeners.forEach(l -> l.onStateChanged(this, end));
        return true;
    }

    PluginEntry plugin() { return plugin; }

    Job job() { return job; }

    CancelSignal cancelSignal() { return cancel; }

    Instant startedAt() { return startedAt; }

    Duration elapsed() {
        return startedNanos == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void progress(double fraction, String message) {
        Duration elapsed = elapsed();
        JobProgress p = new JobProgress(fraction, message, elapsed, EtaEstimator.remaining(fraction, elapsed));
        progress = p;
        listeners.forEach(l -> l.onProgress(this, p));
    }

    /**
     * Keeps at most {@value #MAX_LOG_LINES} lines of at most {@value #MAX_MESSAGE_CHARS} characters: a plugin that
     * logs in a loop or logs a huge message fills its own log, not the host's memory. The error that ends a job is
     * always kept.
     */
    @Override
    public void log(LogLevel level, String message) {
        String text = message == null ? "" : message.length() <= MAX_MESSAGE_CHARS ? message
                : message.substring(0, MAX_MESSAGE_CHARS) + " [... cut: " + message.length() + " characters]";
        LogLine line = new LogLine(Instant.now(), level, text);
        synchronized (log) {
            if (log.size() >= MAX_LOG_LINES && level != LogLevel.ERROR) {
                if (log.size() == MAX_LOG_LINES) {
                    log.add(new LogLine(Instant.now(), LogLevel.WARN, plugin.id() + " wrote more than " + MAX_LOG_LINES
                            + " log lines; later ones are dropped"));
                }
                return;
            }
            log.add(line);
        }
        listeners.forEach(l -> l.onLog(this, line));
    }
}
