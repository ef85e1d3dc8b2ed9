package dev.cutroom.plugin.host.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.host.TestClips;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.result.CommitReceipt;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.timeline.command.History;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API 1.1's Retime and Trim on a real project: picture and linked sound change together, later clips ripple,
 * a take of the same job is applied first, everything is one undo step, and a refused result changes nothing.
 */
class TimingCommitTest {
    @TempDir
    static Path dir;
    static Path media;

    @BeforeAll
    static void makeMedia() {
        media = TestClips.rampVideoWithSound(dir.resolve("ramp-av.mp4"), 20);
    }

    /** Two 20-frame shots one after the other, each a linked picture (V1) and sound (A1) pair. */
    private static Project project(Path folder) throws Exception {
        Files.createDirectories(folder);
        List<MediaItem> items = List.of(item(folder, "a"), item(folder, "b"));
        return new ProjectFactory(Ids.seeded(1)).fromMedia("T", items, new ProjectFormat(FrameRate.FPS_25, 64, 48, 48_000, 2));
    }

    private static MediaItem item(Path folder, String name) throws Exception {
        Path copy = Files.copy(media, folder.resolve(name + ".mp4"));
        return MediaItem.probed("media-" + name, name + ".mp4", MediaProbe.probe(copy));
    }

    private static Track track(Project p, int index) {
        return p.timeline().tracks().get(index);
    }

    private static CompletedJob run(Path folder, ProjectSlot slot, Project p, Object... params) {
        String clipId = track(p, 0).clips().getFirst().id();
        Job job = new Job(ClipSelection.of(p, new MediaResolver(folder), List.of(clipId)), ParameterValues.of(params), "");
        try (JobRunner r = JobRunner.builder(PluginRegistry.discover(null)).mode(ExecutionMode.IN_PROCESS).workRoot(folder.resolve("jobs"))
                .committer(new TimelineCommitter(slot, new MediaResolver(folder))).build()) {
            return r.submit("test.timing", job).result().orTimeout(60, TimeUnit.SECONDS).join();
        }
    }

    @Test
    void aTakeThenHalfSpeedThenATrimAreOneUndoStepAndTheSoundFollows() throws Exception {
        Path folder = dir.resolve("all");
        Project before = project(folder);
        History history = new History(before);
        // keep 0.2 s to 0.5 s of the 0.8 s shot, played at half speed: 0.3 s of source lasts 15 frames
        CompletedJob done = run(folder, ProjectSlot.of(history), before, "speed", 0.5, "keepFrom", 0.2, "keepTo", 0.5, "take", true);

        Project after = history.current();
        for (int t = 0; t < 2; t++) {
            Clip shot = track(after, t).clips().get(0);
            assertThat(shot.start()).isZero();
            assertThat(shot.duration()).isEqualTo(15);
            assertThat(shot.speed()).isEqualTo(Rational.of(1, 2));
            assertThat(shot.sourceIn()).isEqualTo(Rational.of(1, 5));
            assertThat(track(after, t).clips().get(1).start()).as("the next shot closes the gap").isEqualTo(15);
        }
        Clip picture = track(after, 0).clips().getFirst();
        assertThat(picture.activeTake().label()).isEqualTo("Copy");
        assertThat(picture.activeTake().offset()).isEqualTo(Rational.ZERO); // the take was added before the trim moved the in-point

        assertThat(done.receipt().items()).extracting(CommitReceipt.Item::kind)
                .containsExactly(CommitReceipt.Kind.TRIM, CommitReceipt.Kind.RETIME, CommitReceipt.Kind.TAKE); // the plugin's order
        CommitReceipt.Item retime = done.receipt().items().get(1);
        assertThat(retime.clipId()).isEqualTo(picture.id());
        assertThat(retime.provenance().pluginId()).isEqualTo("test.timing");
        assertThat(retime.provenance().parameters()).containsEntry("speed", "0.5").containsEntry("note:plan", "trim and retime");
        assertThat(retime.provenance().inputMediaSha256()).isEqualTo(MediaHashes.hash(folder.resolve("a.mp4")));

        assertThat(history.undoDepth()).isEqualTo(1);
        assertThat(history.undo()).isEqualTo(before);
    }

    @Test
    void aRetimeAloneRipplesTheTrack() throws Exception {
        Path folder = dir.resolve("retime");
        Project before = project(folder);
        ProjectSlot.Holder slot = ProjectSlot.holding(before);
        run(folder, slot, before, "speed", 2.0);
        for (int t = 0; t < 2; t++) {
            assertThat(track(slot.current(), t).clips().get(0).duration()).isEqualTo(10);
            assertThat(track(slot.current(), t).clips().get(1).start()).isEqualTo(10);
        }
    }

    @Test
    void aClipRefCarriesTheSpeedTheClipPlaysAt() throws Exception {
        Path folder = dir.resolve("speed-ref");
        Project before = project(folder);
        ProjectSlot.Holder slot = ProjectSlot.holding(before);
        run(folder, slot, before, "speed", 2.0);
        String clipId = track(before, 0).clips().getFirst().id();
        assertThat(ClipSelection.of(before, new MediaResolver(folder), List.of(clipId)).clips().getFirst().speed()).isEqualTo(1.0);
        var retimed = ClipSelection.of(slot.current(), new MediaResolver(folder), List.of(clipId)).clips().getFirst();
        assertThat(retimed.speed()).isEqualTo(2.0);
        assertThat(retimed.timelineSeconds()).isEqualTo(0.4);
    }

    @Test
    void aTrimOutsideTheClipIsRefusedAndChangesNothing() throws Exception {
        Path folder = dir.resolve("refused");
        Project before = project(folder);
        ProjectSlot.Holder slot = ProjectSlot.holding(before);
        Throwable thrown = catchThrowable(() -> run(folder, slot, before, "speed", 0.5, "keepFrom", 0.5, "keepTo", 2.0, "take", true));

        assertThat(thrown).isInstanceOf(CompletionException.class);
        JobFailedException failure = (JobFailedException) thrown.getCause();
        assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_RESULT);
        assertThat(failure).hasMessageContaining("is not inside its source range");
        assertThat(slot.current()).isSameAs(before);
        assertThat(folder.resolve(TimelineCommitter.GENERATED_FOLDER)).doesNotExist();
        assertThat(folder.resolve("jobs")).isEmptyDirectory();
    }

    @Test
    void speedsBecomeSmallExactFractions() {
        assertThat(SpeedFractions.of(0.5)).isEqualTo(Rational.of(1, 2));
        assertThat(SpeedFractions.of(1.0 / 3)).isEqualTo(Rational.of(1, 3));
        assertThat(SpeedFractions.of(0.01)).isEqualTo(Rational.of(1, 100));
        assertThat(SpeedFractions.of(100)).isEqualTo(Rational.of(100));
        assertThat(SpeedFractions.of(1.25)).isEqualTo(Rational.of(5, 4));
        assertThat(SpeedFractions.of(Math.PI).den()).isLessThanOrEqualTo(SpeedFractions.MAX_DENOMINATOR);
    }
}
