package dev.cutroom.plugin.testkit;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobPurpose;
import dev.cutroom.plugin.api.ext.Estimate;
import dev.cutroom.plugin.host.exec.EstimateAnswer;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobListener;
import dev.cutroom.plugin.host.job.JobProgress;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.media.ShownSize;
import dev.cutroom.plugin.host.media.Times;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.timeline.model.MediaInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a plugin in a unit test through the real host: discovery reads the plugin's
 * {@code META-INF/cutroom/plugin.json} and services file from the test class path (so the descriptor is tested
 * too), the job is bound and checked against the descriptor, runs in this JVM (or in a worker JVM with
 * {@link #outOfProcess}), and its result is validated exactly as in the editor. Nothing is committed to a
 * project: the test asserts on the outputs.
 *
 * <pre>{@code
 * try (PluginTestKit kit = PluginTestKit.create(tempDir)) {
 *     ClipRef clip = kit.clip("clip-1", video);
 *     PluginRun run = kit.run("org.example.shots", kit.job(clip, "sensitivity", 0.5));
 *     assertThat(run.splits("clip-1")).containsExactly(ExactTime.of(6, 5));
 * }
 * }</pre>
 * Use from one test thread.
 */
public final class PluginTestKit implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final PluginRegistry registry;
    private final JobRunner runner;
    private Duration timeout = Duration.ofMinutes(2);

    private PluginTestKit(Path workDir, ExecutionMode mode) {
        this.registry = PluginRegistry.discover(Thread.currentThread().getContextClassLoader(), null, ApiVersion.CURRENT);
        this.runner = JobRunner.builder(registry).mode(mode).workRoot(workDir.resolve("jobs-" + COUNTER.incrementAndGet())).build();
    }

    /** A kit running plugins in this JVM; job folders go under {@code workDir}. */
    public static PluginTestKit create(Path workDir) {
        return new PluginTestKit(workDir, ExecutionMode.IN_PROCESS);
    }

    /** A kit running each job in a worker JVM, as the editor does by default (slower: a JVM start per job). */
    public static PluginTestKit outOfProcess(Path workDir) {
        return new PluginTestKit(workDir, ExecutionMode.OUT_OF_PROCESS);
    }

    /** Longest a job may take before {@link #run} fails the test (default 2 minutes). */
    public PluginTestKit timeout(Duration t) {
        this.timeout = Objects.requireNonNull(t);
        return this;
    }

    /**
     * The descriptor of a plugin found on the class path.
     *
     * @throws IllegalArgumentException naming the reason when it is missing or refused (bad descriptor, wrong API version)
     */
    public PluginDescriptor descriptor(String pluginId) {
        return registry.require(pluginId).descriptor();
    }

    /** Every plugin found on the test class path, refused ones included. */
    public List<PluginEntry> plugins() {
        return registry.list();
    }

    /** A clip using the whole of a media file (probed for its size as shown, rate and audio). */
    public ClipRef clip(String clipId, Path media) {
        MediaInfo info = MediaProbe.probe(media);
        return clip(clipId, media, info, new TimeSpan(ExactTime.ZERO, Times.exact(info.duration())));
    }

    /** A clip using frames {@code [firstFrame, firstFrame + frames)} of a video file. */
    public ClipRef clip(String clipId, Path media, long firstFrame, long frames) {
        MediaInfo info = MediaProbe.probe(media);
        if (!info.hasVideo()) throw new IllegalArgumentException(media + " has no video; give a time span instead");
        Fps fps = Times.fps(info.video().frameRate());
        return clip(clipId, media, info, new TimeSpan(fps.timeOf(firstFrame), fps.timeOf(frames)));
    }

    /** A clip using {@code span} (media seconds) of a file. */
    public ClipRef clip(String clipId, Path media, TimeSpan span) {
        return clip(clipId, media, MediaProbe.probe(media), span);
    }

    private static ClipRef clip(String clipId, Path media, MediaInfo info, TimeSpan span) {
        var v = info.video();
        var a = info.audio();
        // as the host does: the picture's size as shown (rotation applied, square pixels)
        ShownSize shown = v == null ? new ShownSize(0, 0) : ShownSize.of(media, v);
        return new ClipRef(clipId, "track-v1", media.toAbsolutePath(), span, ExactTime.ZERO, v == null ? null : Times.fps(v.frameRate()),
                shown.width(), shown.height(), a == null ? 0 : a.sampleRate(), a == null ? 0 : a.channels());
    }

    /** A job on these clips with parameter values given as id, value pairs (unset ones take their defaults). */
    public Job job(List<ClipRef> clips, Object... parameters) {
        return new Job(new Selection.Clips(clips), ParameterValues.of(parameters), "");
    }

    /** A job on one clip. */
    public Job job(ClipRef clip, Object... parameters) {
        return job(List.of(clip), parameters);
    }

    /**
     * Runs a job to the end.
     *
     * @throws AssertionError with the host's message and the job log when the job fails, or is refused
     */
    public PluginRun run(String pluginId, Job job) {
        List<Double> progress = new CopyOnWriteArrayList<>();
        JobHandle handle = submit(pluginId, job, progress);
        try {
            CompletedJob done = handle.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new PluginRun(done, handle.log(), List.copyOf(progress));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(pluginId + " failed: " + e.getCause().getMessage() + "\n" + log(handle) + pluginTrace(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            handle.cancel();
            throw new AssertionError(pluginId + " did not finish within " + timeout + "\n" + log(handle), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.cancel();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Runs a job that should fail, and returns why (its {@link JobFailedException#kind()} says how).
     *
     * @throws AssertionError when it succeeds
     */
    public JobFailedException runExpectingFailure(String pluginId, Job job) {
        JobHandle handle = submit(pluginId, job, new CopyOnWriteArrayList<>());
        try {
            CompletedJob done = handle.result().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
            throw new AssertionError(pluginId + " was expected to fail but succeeded with " + done.result().outputs());
        } catch (CompletionException e) {
            if (e.getCause() instanceof JobFailedException f) return f;
            throw new AssertionError("unexpected failure: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Asks the plugin's {@code cutroom.estimate/1} extension how long {@code job} would take, through the real host
     * (the job's purpose set to {@link JobPurpose#ESTIMATE}, run in process or in a worker like any job).
     *
     * @throws AssertionError carrying the job log when the plugin does not answer
     */
    public Estimate estimate(String pluginId, Job job) {
        PluginRun run = run(pluginId, job.withPurpose(JobPurpose.ESTIMATE));
        if (!run.outputs(dev.cutroom.plugin.api.Output.class).isEmpty()) throw new AssertionError(pluginId + " made outputs while estimating");
        return EstimateAnswer.fromResult(run.result()).orElseThrow(() -> new AssertionError(pluginId + " returned no estimate"));
    }

    /** Starts a job without waiting (to test cancellation and progress); the handle's result says how it ended. */
    public JobHandle start(String pluginId, Job job) {
        return runner.submit(pluginId, job);
    }

    private JobHandle submit(String pluginId, Job job, List<Double> progress) {
        return runner.submit(pluginId, job, new JobListener() {
            @Override
            public void onProgress(JobHandle h, JobProgress p) {
                progress.add(p.fraction());
            }
        });
    }

    /** The plugin's own stack trace (from its worker, or this JVM), so that the author sees where it failed. */
    private static String pluginTrace(Throwable failure) {
        return failure instanceof JobFailedException f && !f.details().isBlank() ? "\nplugin stack trace:\n" + f.details().strip() : "";
    }

    private static String log(JobHandle handle) {
        StringBuilder b = new StringBuilder("job log:");
        handle.log().forEach(l -> b.append("\n  ").append(l.level()).append(' ').append(l.message()));
        return b.toString();
    }

    @Override
    public void close() {
        runner.close();
    }
}
