package dev.cutroom.plugin.host.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.host.TestClips;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.timeline.command.Lift;
import dev.cutroom.timeline.command.SetVolume;
import dev.cutroom.timeline.io.ProjectLock;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished job adds its result to the project file as it is now, under the project's lock; no edit is lost. */
class ProjectFileSlotTest {
    @TempDir
    static Path dir;
    static Path media;
    private final ProjectStore store = new ProjectStore();

    @BeforeAll
    static void makeMedia() {
        media = TestClips.rampVideo(dir.resolve("ramp.mp4"), 20);
    }

    /** A saved project in its own folder with the ramp on V1; returns the file. */
    private Path projectFile(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Path copy = Files.copy(media, folder.resolve("ramp.mp4"));
        MediaItem item = MediaItem.probed("media-ramp", "ramp.mp4", MediaProbe.probe(copy));
        Project p = new ProjectFactory(Ids.seeded(1)).fromMedia("T", List.of(item), new ProjectFormat(FrameRate.FPS_25, 64, 48, 48_000, 2));
        Path file = folder.resolve("p.cutroom");
        store.save(p, file);
        return file;
    }

    private static Clip clip(Project p) {
        return p.timeline().tracks().getFirst().clips().getFirst();
    }

    private static Throwable runInvert(Path file, Project startedFrom, List<ProjectStore.Saved> saves) {
        Path folder = file.getParent();
        ProjectFileSlot slot = new ProjectFileSlot(file, "test plugin run", Duration.ofMillis(200), saves::add);
        Selection.Clips sel = ClipSelection.of(startedFrom, new MediaResolver(folder), List.of(clip(startedFrom).id()));
        try (JobRunner r = JobRunner.builder(PluginRegistry.discover(null)).mode(ExecutionMode.IN_PROCESS).workRoot(folder.resolve("jobs"))
                .committer(new TimelineCommitter(slot, new MediaResolver(folder))).build()) {
            return catchThrowable(() -> r.submit("test.invert", new Job(sel, ParameterValues.of(), "")).result().orTimeout(60, TimeUnit.SECONDS).join());
        }
    }

    @Test
    void anEditSavedWhileTheJobRanIsKeptAndTheResultAddedOnTop() throws Exception {
        Path file = projectFile("race");
        Project startedFrom = store.load(file).project();
        // another command saves an edit of the same clip while the job runs
        store.save(new SetVolume(clip(startedFrom).id(), 0.5).apply(startedFrom).after(), file);
        List<ProjectStore.Saved> saves = new ArrayList<>();

        assertThat(runInvert(file, startedFrom, saves)).isNull();

        Clip now = clip(store.load(file).project());
        assertThat(now.volume()).as("the edit saved meanwhile").isEqualTo(0.5);
        assertThat(now.takes()).as("the job's new take").hasSize(2);
        assertThat(now.activeTakeId()).isEqualTo(now.takes().get(1).id());
        assertThat(saves).hasSize(1);
    }

    @Test
    void aClipDeletedOnDiskWhileTheJobRanFailsTheCommitAndTheFileKeepsTheDeletion() throws Exception {
        Path file = projectFile("deleted");
        Project startedFrom = store.load(file).project();
        store.save(new Lift(clip(startedFrom).id()).apply(startedFrom).after(), file);
        byte[] lifted = Files.readAllBytes(file);

        Throwable thrown = runInvert(file, startedFrom, new ArrayList<>());

        assertThat(thrown).isInstanceOf(CompletionException.class);
        JobFailedException failure = (JobFailedException) thrown.getCause();
        assertThat(failure.kind()).isEqualTo(FailureKind.COMMIT_FAILED);
        assertThat(failure.getMessage()).contains("was deleted while the job ran");
        assertThat(Files.readAllBytes(file)).isEqualTo(lifted);
        assertThat(file.resolveSibling("generated/test.invert")).isEmptyDirectory();
    }

    @Test
    void aProjectHeldByTheEditorIsNotWrittenAndTheHolderIsNamed() throws Exception {
        Path file = projectFile("held");
        Project startedFrom = store.load(file).project();
        byte[] before = Files.readAllBytes(file);
        Throwable thrown;
        try (ProjectLock editor = ProjectLock.acquire(file, "Cutroom editor", Duration.ZERO)) {
            thrown = runInvert(file, startedFrom, new ArrayList<>());
        }
        JobFailedException failure = (JobFailedException) thrown.getCause();
        assertThat(failure.kind()).isEqualTo(FailureKind.COMMIT_FAILED);
        assertThat(failure.getMessage()).contains("in use by pid " + ProcessHandle.current().pid()).contains("(Cutroom editor)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
