package dev.cutroom.plugin.host;

import static dev.cutroom.plugin.host.JobAssertions.failure;
import static dev.cutroom.plugin.host.JobAssertions.leftNothingBehind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobProgress;
import dev.cutroom.plugin.host.job.JobListener;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.job.JobState;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.plugin.host.worker.WorkerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a plugin can fail in a worker JVM fails only its job: the host (this test JVM) goes on and the
 * same runner then runs a good job. Workers get a 64 MB heap so the memory hog dies quickly.
 */
class OutOfProcessIsolationTest {
    @TempDir
    static Path dir;
    static Path workRoot;
    static JobRunner runner;
    static ClipRef clip;

    @BeforeAll
    static void start() {
        workRoot = dir.resolve("jobs");
        runner = JobRunner.builder(PluginRegistry.discover(null))
                .workRoot(workRoot)
                .worker(WorkerSettings.sameAsHost().withMaxHeap("64m"))
                .timeout(Duration.ofSeconds(20))
                .build();
        clip = TestClips.clip("clip-1", TestClips.rampVideo(dir.resolve("ramp.mp4"), 12), 2, 8);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void aGoodJobRunsInAWorkerAndItsTakeDecodesWithTheClipsDuration() {
        List<JobProgress> progress = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        JobHandle handle = runner.submit("test.invert", TestClips.job(clip, "strength", "0.5"), new JobListener() {
            @Override
            public void onProgress(JobHandle job, JobProgress p) {
                progress.add(p);
            }
        });
        CompletedJob done = handle.result().orTimeout(60, TimeUnit.SECONDS).join();
        System.out.printf("worker job end to end: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        handle.log().forEach(l -> System.out.println("  log " + l.level() + " " + l.message()));

        assertThat(handle.state()).isEqualTo(JobState.SUCCEEDED);
        Output.NewTake take = done.result().outputs(Output.NewTake.class).getFirst();
        assertThat(take.clipId()).isEqualTo("clip-1");
        assertThat(take.file()).startsWith(done.outputDir()).exists();
        var info = MediaProbe.probe(take.file());
        assertThat(info.video().frameCount()).isEqualTo(8);
        assertThat(info.duration().toDouble()).isCloseTo(8 / 25.0, org.assertj.core.data.Offset.offset(0.041));
        assertThat(done.provenance().parameters()).containsEntry("strength", "0.5");
        assertThat(done.result().provenance().notes()).containsEntry("strength", "0.5");
        assertThat(progress).isNotEmpty();
        assertThat(progress.getLast().fraction()).isEqualTo(1.0);
        assertThat(handle.log()).anySatisfy(l -> assertThat(l.message()).contains("a plugin printing to stdout"));
        assertThat(workRoot.resolve(handle.id()).resolve("scratch")).doesNotExist();
    }

    @Test
    void api11RetimeAndTrimComeBackFromAWorkerAndARefusedTrimFailsOnlyItsJob() {
        // clip-1 plays media seconds [0.08, 0.4): keep 0.04 s to 0.2 s into it
        CompletedJob done = runner.submit("test.timing", TestClips.job(clip, "speed", 0.5, "keepFrom", 0.04, "keepTo", 0.2))
                .result().orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(done.result().outputs()).containsExactly(
                new Output.Trim("clip-1", new dev.cutroom.plugin.api.TimeSpan(dev.cutroom.plugin.api.ExactTime.of(3, 25), dev.cutroom.plugin.api.ExactTime.of(4, 25))),
                new Output.Retime("clip-1", 0.5));

        JobHandle refused = runner.submit("test.timing", TestClips.job(clip, "keepFrom", 0.2, "keepTo", 1.0));
        assertThat(failure(refused, FailureKind.INVALID_RESULT)).hasMessageContaining("trim of clip clip-1").hasMessageContaining("not inside");
        assertThat(workRoot.resolve(refused.id())).doesNotExist();
        hostStillRunsJobs();
    }

    @Test
    void anExceptionFailsTheJobWithItsMessageAndRemovesPartialOutput() {
        JobHandle handle = runner.submit("test.throws", TestClips.job(clip));
        JobFailedException f = failure(handle, FailureKind.PLUGIN_ERROR);
        assertThat(f.getMessage()).contains("IllegalStateException").contains("model output had the wrong shape");
        assertThat(f.details()).contains("ThrowingPlugin.run");
        leftNothingBehind(workRoot, handle);
        hostStillRunsJobs();
    }

    @Test
    void runningOutOfMemoryFailsTheJobNotTheHost() {
        JobHandle handle = runner.submit("test.oom", TestClips.job(clip));
        JobFailedException f = failure(handle, FailureKind.OUT_OF_MEMORY);
        assertThat(f.getMessage()).contains("64m");
        leftNothingBehind(workRoot, handle);
        hostStillRunsJobs();
    }

    @Test
    void aWorkerThatHaltsIsReportedAsACrash() {
        JobHandle handle = runner.submit("test.halt", TestClips.job(clip));
        JobFailedException f = failure(handle, FailureKind.CRASHED);
        assertThat(f.getMessage()).contains("exited with code 134").contains("test.halt").doesNotContain("native crash");
        leftNothingBehind(workRoot, handle);
        hostStillRunsJobs();
    }

    @Test
    void aNativeSegfaultIsReportedAsACrash() {
        JobHandle handle = runner.submit("test.segfault", TestClips.job(clip));
        JobFailedException f = failure(handle, FailureKind.CRASHED);
        assertThat(f.getMessage()).contains("test.segfault").containsAnyOf("signal", "native crash");
        assertThat(f.details()).contains("SIGSEGV");
        leftNothingBehind(workRoot, handle);
        hostStillRunsJobs();
    }

    @Test
    void aHangingPluginIsCancelledWithinASecond() throws Exception {
        JobHandle handle = runner.submit("test.hang", TestClips.job(clip));
        while (handle.progress().fraction() < 0.1) Thread.sleep(10); // the plugin is spinning now
        long t0 = System.nanoTime();
        handle.cancel();
        failure(handle, FailureKind.CANCELLED);
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("cancel of a hung worker took " + stopMillis + " ms");
        assertThat(stopMillis).isLessThan(1000);
        assertThat(handle.state()).isEqualTo(JobState.CANCELLED);
        leftNothingBehind(workRoot, handle);
        hostStillRunsJobs();
    }

    @Test
    void aHangingPluginTimesOut() {
        try (JobRunner quick = JobRunner.builder(PluginRegistry.discover(null)).workRoot(workRoot)
                .timeout(Duration.ofSeconds(3)).build()) {
            long t0 = System.nanoTime();
            JobHandle handle = quick.submit("test.hang", TestClips.job(clip));
            JobFailedException f = failure(handle, FailureKind.TIMED_OUT);
            assertThat(f.getMessage()).contains("time limit");
            assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(3000L, 6000L);
            leftNothingBehind(workRoot, handle);
        }
        hostStillRunsJobs();
    }

    private static void hostStillRunsJobs() {
        JobHandle next = runner.submit("test.split", TestClips.job(clip, "at", 0.2));
        CompletedJob done = next.result().orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(done.result().outputs(Output.Split.class)).hasSize(1);
    }
}
