package dev.cutroom.plugin.host.job;

import dev.cutroom.plugin.api.Colour;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.host.binding.JobBinder;
import dev.cutroom.plugin.host.context.JobEnvironment;
import dev.cutroom.plugin.host.context.JobWorkspace;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginInstantiator;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.CancelSignal;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.exec.ExecutionRequest;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.InProcessExecutor;
import dev.cutroom.plugin.host.exec.JobExecutor;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.plugin.host.result.JobProvenance;
import dev.cutroom.plugin.host.result.ResultCommitter;
import dev.cutroom.plugin.host.result.ResultValidator;
import dev.cutroom.plugin.host.worker.WorkerProcessExecutor;
import dev.cutroom.plugin.host.worker.WorkerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the app calls to run plugins: {@link #submit} checks the job against the plugin's descriptor,
 * queues it, and returns a {@link JobHandle} with progress, cancel and the future result. At most
 * {@code maxConcurrentJobs} run at once; the rest wait in order. Each job runs out of process by default,
 * is stopped after its time limit, has its result validated, and (with a {@link ResultCommitter}) is
 * committed to the project. A failed or cancelled job leaves no output files behind. Thread-safe.
 *
 * <pre>{@code
 * try (JobRunner runner = JobRunner.builder(PluginRegistry.discover(pluginsFolder))
 *         .workRoot(projectFolder.resolve("generated/jobs")).committer(committer).build()) {
 *     JobHandle h = runner.submit("org.example.upscale", job, listener);
 *     CompletedJob done = h.result().join();
 * }
 * }</pre>
 */
public final class JobRunner implements AutoCloseable {
    private final PluginRegistry registry;
    private final JobExecutor executor;
    private final ExecutorService jobThreads;
    private final ScheduledExecutorService timer;
    private final Duration timeout;
    private final Path workRoot;
    private final ResultValidator validator;
    private final ResultCommitter committer;
    private final AtomicInteger counter = new AtomicInteger();
    /** Jobs not yet finished, so that {@link #close()} can end them, queued ones included. */
    private final java.util.Set<RunningJob> unfinished = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private JobRunner(Builder b) {
        this.registry = b.registry;
        this.executor = b.mode == ExecutionMode.IN_PROCESS
                ? new InProcessExecutor(new PluginInstantiator(JobRunner.class.getClassLoader()), b.environment, b.worker.cancelGraceMillis())
                : new WorkerProcessExecutor(b.worker);
        AtomicInteger threadNumber = new AtomicInteger();
        this.jobThreads = Executors.newFixedThreadPool(b.maxConcurrentJobs,
                r -> Thread.ofPlatform().daemon().name("plugin-job-" + threadNumber.incrementAndGet()).unstarted(r));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("plugin-job-timer").unstarted(r));
        this.timeout = b.timeout;
        this.workRoot = b.workRoot;
        this.validator = b.validator;
        this.committer = b.committer;
    }

    public static Builder builder(PluginRegistry registry) {
        return new Builder(registry);
    }

    /** {@link #submit(String, Job, JobListener)} without a listener. */
    public JobHandle submit(String pluginId, Job job) {
        return submit(pluginId, job, null);
    }

    /** {@link #submit(String, Job, ResultCommitter, JobListener)} with the runner's own committer (if any). */
    public JobHandle submit(String pluginId, Job job, JobListener listener) {
        return submit(pluginId, job, committer, listener);
    }

    /**
     * Queues a job. Any thread.
     *
     * @param committer writes this job's result onto its project (the editor gives each job the project it was
     *                  started on), or null to return the result uncommitted, its outputs left in the job folder
     * @param listener  receives every event of this job (attached before it can start), or null
     * @throws IllegalArgumentException at once, with a message for the user, when the plugin is unknown or
     *                                  refused, or the job does not fit it (selection, parameters, instruction)
     */
    public JobHandle submit(String pluginId, Job job, ResultCommitter committer, JobListener listener) {
        PluginEntry plugin = registry.require(pluginId);
        Job bound = JobBinder.bind(plugin.descriptor(), job);
        String id = "job-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        RunningJob running = new RunningJob(id, plugin, bound, committer, listener);
        unfinished.add(running);
        running.result().whenComplete((r, e) -> unfinished.remove(running));
        jobThreads.execute(() -> run(running));
        return running;
    }

    private void run(RunningJob job) {
        if (!job.start()) return;
        JobWorkspace workspace;
        try {
            workspace = JobWorkspace.create(workRoot, job.id());
        } catch (RuntimeException e) {
            job.fail(new JobFailedException(FailureKind.HOST_ERROR, "cannot create the job folder: " + e.getMessage(), e));
            return;
        }
        ScheduledFuture<?> deadline = null;
        try {
            // Inside the try: after close() the timer refuses new deadlines, and the job must still end.
            deadline = timer.schedule(() -> job.stop(CancelSignal.Reason.TIMED_OUT), timeout.toMillis(), TimeUnit.MILLISECONDS);
            job.log(LogLevel.INFO, "running " + job.pluginId() + " " + job.plugin().version() + " from " + job.plugin().origin());
            JobResult result = executor.execute(new ExecutionRequest(job.id(), job.plugin(), job.job(), workspace), job, job.cancelSignal());
            deadline.cancel(false);
            if (job.cancelSignal().isCancelled()) throw JobFailedException.stopped(job.cancelSignal().reason(), job.pluginId());
            validator.validate(job.job(), result, workspace);
            CompletedJob completed = new CompletedJob(job.id(), job.plugin().descriptor(), job.job(), result, workspace.outputs(),
                    provenance(job, result), job.elapsed(), null);
            CompletedJob committed = commit(job.committer(), completed);
            // a committer moved what it keeps out of the job folder; without one the caller takes the outputs from out/
            if (job.committer() != null) workspace.deleteAll(); else workspace.deleteScratch();
            job.succeed(committed);
        } catch (JobFailedException e) {
            workspace.deleteAll();
            job.fail(e);
        } catch (RuntimeException e) {
            workspace.deleteAll();
            job.fail(job.cancelSignal().isCancelled()
                    ? JobFailedException.stopped(job.cancelSignal().reason(), job.pluginId())
                    : new JobFailedException(FailureKind.HOST_ERROR, "host error: " + e, e));
        } finally {
            if (deadline != null) deadline.cancel(false);
        }
    }

    private static CompletedJob commit(ResultCommitter committer, CompletedJob completed) throws JobFailedException {
        if (committer == null) return completed;
        try {
            return completed.withReceipt(committer.commit(completed));
        } catch (Exception e) {
            throw new JobFailedException(FailureKind.COMMIT_FAILED, "the result could not be added to the project: " + e.getMessage(), e);
        }
    }

    private static JobProvenance provenance(RunningJob job, JobResult result) {
        Map<String, String> parameters = new LinkedHashMap<>();
        job.job().parameters().values().forEach((k, v) -> parameters.put(k, v instanceof Colour c ? c.toString() : String.valueOf(v)));
        return new JobProvenance(job.pluginId(), job.plugin().version(), result.provenance().models(), parameters,
                job.job().instruction(), result.provenance().notes(), job.startedAt(), Instant.now());
    }

    /** Cancels everything queued or running and stops the runner's threads. */
    @Override
    public void close() {
        unfinished.forEach(RunningJob::cancel);
        jobThreads.shutdownNow();
        timer.shutdownNow();
    }

    /** Configures a {@link JobRunner}. */
    public static final class Builder {
        private final PluginRegistry registry;
        private ExecutionMode mode = ExecutionMode.OUT_OF_PROCESS;
        private int maxConcurrentJobs = 1;
        private Duration timeout = Duration.ofHours(2);
        private Path workRoot = Path.of(System.getProperty("java.io.tmpdir"), "cutroom-jobs");
        private WorkerSettings worker = WorkerSettings.sameAsHost();
        private JobEnvironment environment;
        private ResultValidator validator;
        private ResultCommitter committer;

        private Builder(PluginRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /** Out of process (default) or in process. */
        public Builder mode(ExecutionMode m) { this.mode = Objects.requireNonNull(m); return this; }

        /** Jobs running at once (default 1: models already use every core). */
        public Builder maxConcurrentJobs(int n) {
            if (n < 1) throw new IllegalArgumentException("need at least one job at a time");
            this.maxConcurrentJobs = n;
            return this;
        }

        /** Longest a job may run before it is stopped (default 2 hours). */
        public Builder timeout(Duration t) { this.timeout = Objects.requireNonNull(t); return this; }

        /** Folder for job workspaces ({@code <root>/<job id>/scratch|out}). */
        public Builder workRoot(Path p) { this.workRoot = Objects.requireNonNull(p); return this; }

        /** How worker JVMs start (heap, java binary, class path, cancel grace). */
        public Builder worker(WorkerSettings s) { this.worker = Objects.requireNonNull(s); return this; }

        /** Media and model services for in-process jobs (default: the engine and the standard models). */
        public Builder environment(JobEnvironment e) { this.environment = e; return this; }

        /** How results are checked (default: probes media with the engine). */
        public Builder validator(ResultValidator v) { this.validator = v; return this; }

        /**
         * Writes results onto the timeline for jobs submitted without their own committer; without one, such
         * results are returned uncommitted.
         */
        public Builder committer(ResultCommitter c) { this.committer = c; return this; }

        public JobRunner build() {
            if (environment == null) environment = JobEnvironment.standard();
            if (validator == null) validator = new ResultValidator();
            return new JobRunner(this);
        }
    }
}
