package dev.cutroom.plugin.host;

import static dev.cutroom.plugin.host.JobAssertions.failure;
import static dev.cutroom.plugin.host.JobAssertions.leftNothingBehind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.job.JobState;
import dev.cutroom.plugin.host.result.CommitReceipt;
import dev.cutroom.plugin.host.result.CompletedJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's queue, cancel, validation and committer seam, with plugins running in this JVM. */
class InProcessJobRunnerTest {
    @TempDir
    static Path dir;
    static ClipRef clip;

    @BeforeAll
    static void media() {
        clip = TestClips.clip("clip-1", TestClips.rampVideo(dir.resolve("ramp.mp4"), 12), 0, 10);
    }

    private JobRunner.Builder runner(Path workRoot) {
        return JobRunner.builder(PluginRegistry.discover(null)).mode(ExecutionMode.IN_PROCESS).workRoot(workRoot);
    }

    @Test
    void aTakeIsValidatedAndHandedToTheCommitter() {
        AtomicReference<CompletedJob> committed = new AtomicReference<>();
        try (JobRunner r = runner(dir.resolve("a")).committer(job -> {
            assertThat(job.result().outputs(Output.NewTake.class).getFirst().file()).exists(); // the committer moves what it keeps
            committed.set(job);
            return new CommitReceipt("Inverted", List.of("take-9"));
        }).build()) {
            CompletedJob done = r.submit("test.invert", TestClips.job(clip)).result().orTimeout(30, TimeUnit.SECONDS).join();
            assertThat(done.receipt().createdIds()).containsExactly("take-9");
            assertThat(committed.get().result().outputs(Output.NewTake.class)).singleElement()
                    .satisfies(t -> assertThat(t.file()).doesNotExist()); // what it did not move is removed with the job folder
            assertThat(done.provenance().pluginId()).isEqualTo("test.invert");
            assertThat(done.provenance().parameters()).containsEntry("strength", "1.0"); // the default, filled in
        }
    }

    @Test
    void eachJobIsCommittedByTheCommitterItWasSubmittedWith() {
        // the editor submits every job with the project it was started on; nothing is looked up by job id
        try (JobRunner r = runner(dir.resolve("own")).committer(job -> { throw new AssertionError("the runner's committer is not used"); }).build()) {
            JobHandle first = r.submit("test.invert", TestClips.job(clip), job -> new CommitReceipt("first", List.of("take-1")), null);
            JobHandle second = r.submit("test.invert", TestClips.job(clip), job -> new CommitReceipt("second", List.of("take-2")), null);
            assertThat(second.result().orTimeout(30, TimeUnit.SECONDS).join().receipt().createdIds()).containsExactly("take-2");
            assertThat(first.result().orTimeout(30, TimeUnit.SECONDS).join().receipt().createdIds()).containsExactly("take-1");
        }
    }

    @Test
    void aFailingCommitFailsTheJobAndRemovesItsOutputs() {
        Path root = dir.resolve("b");
        try (JobRunner r = runner(root).committer(job -> { throw new IllegalStateException("clip was deleted meanwhile"); }).build()) {
            JobHandle h = r.submit("test.invert", TestClips.job(clip));
            assertThat(failure(h, FailureKind.COMMIT_FAILED)).hasMessageContaining("clip was deleted meanwhile");
            assertThat(root.resolve(h.id())).doesNotExist();
        }
    }

    @Test
    void aSplitOutsideTheClipIsRefusedByValidation() {
        try (JobRunner r = runner(dir.resolve("c")).build()) {
            JobHandle h = r.submit("test.split", TestClips.job(clip, "at", 0.9)); // the clip is 0.4 s long
            assertThat(failure(h, FailureKind.INVALID_RESULT)).hasMessageContaining("not strictly inside");
        }
    }

    @Test
    void theQueueRunsOneJobAtATimeAndACancelledQueuedJobEndsAtOnce() throws Exception {
        Path root = dir.resolve("d");
        try (JobRunner r = runner(root).maxConcurrentJobs(1).build()) {
            JobHandle first = r.submit("test.sleep", TestClips.job(clip, "seconds", 0.6));
            JobHandle second = r.submit("test.sleep", TestClips.job(clip, "seconds", 0.6));
            JobHandle third = r.submit("test.sleep", TestClips.job(clip, "seconds", 0.1));
            while (first.state() != JobState.RUNNING) Thread.sleep(5);
            assertThat(second.state()).isEqualTo(JobState.QUEUED);
            second.cancel();
            assertThat(second.state()).isEqualTo(JobState.CANCELLED);
            failure(second, FailureKind.CANCELLED);
            first.result().orTimeout(10, TimeUnit.SECONDS).join();
            third.result().orTimeout(10, TimeUnit.SECONDS).join();
            assertThat(root.resolve(second.id())).doesNotExist(); // never started, nothing written
        }
    }

    @Test
    void progressCarriesAnEtaAndCancelStopsACooperativePluginQuickly() throws Exception {
        Path root = dir.resolve("e");
        try (JobRunner r = runner(root).build()) {
            JobHandle h = r.submit("test.sleep", TestClips.job(clip, "seconds", 5));
            while (h.progress().fraction() < 0.1) Thread.sleep(10);
            assertThat(h.progress().eta()).hasValueSatisfying(eta ->
                    assertThat(eta).isBetween(Duration.ofMillis(2500), Duration.ofMillis(6000)));
            long t0 = System.nanoTime();
            h.cancel();
            failure(h, FailureKind.CANCELLED);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
            leftNothingBehind(root, h);
        }
    }

    @Test
    void closingTheRunnerEndsRunningAndQueuedJobs() {
        JobRunner r = runner(dir.resolve("h")).build();
        JobHandle running = r.submit("test.sleep", TestClips.job(clip, "seconds", 30));
        JobHandle queued = r.submit("test.sleep", TestClips.job(clip, "seconds", 30));
        r.close();
        failure(running, FailureKind.CANCELLED);
        failure(queued, FailureKind.CANCELLED);
    }

    @Test
    void anExceptionInProcessFailsOnlyItsJob() {
        Path root = dir.resolve("f");
        try (JobRunner r = runner(root).build()) {
            JobHandle h = r.submit("test.throws", TestClips.job(clip));
            assertThat(failure(h, FailureKind.PLUGIN_ERROR)).hasMessageContaining("wrong shape");
            leftNothingBehind(root, h);
            assertThat(r.submit("test.split", TestClips.job(clip, "at", 0.2)).result().join().result().outputs()).hasSize(1);
        }
    }

    @Test
    void submitRefusesJobsThatDoNotFitThePluginBeforeRunningAnything() throws Exception {
        Path root = dir.resolve("g");
        try (JobRunner r = runner(root).build()) {
            assertThatThrownBy(() -> r.submit("test.nope", TestClips.job(clip))).hasMessageContaining("no plugin with id test.nope");
            assertThatThrownBy(() -> r.submit("test.future-api", TestClips.job(clip))).hasMessageContaining("needs plugin API 1.9");
            assertThatThrownBy(() -> r.submit("test.invert", TestClips.job(clip, "strength", 2))).hasMessageContaining("above the maximum");
            assertThatThrownBy(() -> r.submit("test.invert", TestClips.job(clip, "strenght", 1))).hasMessageContaining("has no parameter 'strenght'");
            var twoClips = dev.cutroom.plugin.api.Job.onClips(null, clip, TestClips.clip("clip-2", clip.mediaFile(), 0, 2));
            assertThatThrownBy(() -> r.submit("test.split", twoClips)).hasMessageContaining("one clip at a time");
            var instructed = new dev.cutroom.plugin.api.Job(TestClips.job(clip).selection(), null, "make it pop");
            assertThatThrownBy(() -> r.submit("test.split", instructed)).hasMessageContaining("takes no text instruction");
            assertThatThrownBy(() -> r.submit("test.invert", TestClips.job(clip).withPurpose(dev.cutroom.plugin.api.JobPurpose.ESTIMATE)))
                    .hasMessageContaining("does not offer cutroom.estimate/1");
            // the sound of a video file sits on an audio track: a picture plugin must not get it (it would write a video take onto it)
            ClipRef sound = new ClipRef(clip.clipId(), "track-a1", clip.mediaFile(), clip.sourceRange(), clip.timelineStart(), clip.frameRate(),
                    clip.width(), clip.height(), 48_000, 2, 1, dev.cutroom.plugin.api.ClipKind.AUDIO);
            assertThatThrownBy(() -> r.submit("test.invert", TestClips.job(sound))).hasMessageContaining("it is an audio clip");
            assertThat(Files.exists(root) ? Files.list(root).count() : 0).isZero();
        }
    }
}
