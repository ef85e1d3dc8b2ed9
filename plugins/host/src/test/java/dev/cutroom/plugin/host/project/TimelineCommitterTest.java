package dev.cutroom.plugin.host.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.result.CommitReceipt;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.timeline.command.History;
import dev.cutroom.timeline.command.Lift;
import dev.cutroom.timeline.command.TrimIn;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results written onto a real project as one undoable edit, with provenance, and refused when the project moved on. */
class TimelineCommitterTest {
    @TempDir
    static Path dir;
    static Path media;

    @BeforeAll
    static void makeMedia() {
        media = TestClips.rampVideo(dir.resolve("ramp.mp4"), 20);
    }

    /** A project in its own folder: the ramp on V1, its head trimmed by 4 frames (source starts at 4/25 s). */
    private static Project project(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path copy = Files.copy(media, folder.resolve("ramp.mp4"));
        MediaItem item = MediaItem.probed("media-ramp", "ramp.mp4", MediaProbe.probe(copy));
        Project p = new ProjectFactory(Ids.seeded(1)).fromMedia("T", List.of(item), new ProjectFormat(FrameRate.FPS_25, 64, 48, 48_000, 2));
        return new TrimIn(clip(p).id(), 4).apply(p).after();
    }

    private static Clip clip(Project p) {
        return p.timeline().tracks().getFirst().clips().getFirst();
    }

    private static JobRunner runner(Path folder, ProjectSlot slot) {
        return JobRunner.builder(PluginRegistry.discover(null)).mode(ExecutionMode.IN_PROCESS).workRoot(folder.resolve("jobs"))
                .committer(new TimelineCommitter(slot, new MediaResolver(folder))).build();
    }

    private static Job job(Project p, Path folder, Object... params) {
        Selection.Clips sel = ClipSelection.of(p, new MediaResolver(folder), List.of(clip(p).id()));
        return new Job(sel, ParameterValues.of(params), "");
    }

    @Test
    void aNewTakeBecomesTheActiveTakeWithProvenanceAsOneUndoableEdit() throws Exception {
        Path folder = dir.resolve("take");
        Project before = project(folder);
        History history = new History(before);
        CompletedJob done;
        try (JobRunner r = runner(folder, ProjectSlot.of(history))) {
            done = r.submit("test.invert", job(before, folder)).result().orTimeout(60, TimeUnit.SECONDS).join();
        }
        Clip clip = clip(history.current());
        Take take = clip.activeTake();
        assertThat(clip.takes()).hasSize(2);
        assertThat(take.label()).isEqualTo("Inverted");
        assertThat(take.offset()).isEqualTo(Rational.of(4, 25)).isEqualTo(clip.sourceIn()); // file time 0 = clip source start
        assertThat(take.provenance().pluginId()).isEqualTo("test.invert");
        assertThat(take.provenance().pluginVersion()).isEqualTo("1.0.0");
        assertThat(take.provenance().parameters()).containsEntry("strength", "1.0").containsEntry("note:strength", "1.0");
        assertThat(take.provenance().inputMediaSha256()).isEqualTo(MediaHashes.hash(folder.resolve("ramp.mp4")));
        assertThat(take.provenance().createdAt()).isNotBlank();

        MediaItem generated = history.current().mediaItem(take.mediaId());
        assertThat(generated.path()).startsWith("generated/test.invert/").endsWith(".mp4");
        Path file = folder.resolve(generated.path());
        assertThat(file).exists();
        assertThat(generated.info().duration()).isEqualTo(Rational.of(16, 25));
        JsonNode sidecar = ProvenanceRecords.readSidecar(file);
        assertThat(sidecar.at("/plugin/id").asText()).isEqualTo("test.invert");
        assertThat(sidecar.at("/inputs/0/sha256").asText()).isEqualTo(take.provenance().inputMediaSha256());
        assertThat(sidecar.at("/sha256").asText()).isEqualTo(MediaHashes.hash(file));

        CommitReceipt receipt = done.receipt();
        assertThat(receipt.items()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(CommitReceipt.Kind.TAKE);
            assertThat(i.createdIds()).containsExactly(take.id());
            assertThat(i.file()).isEqualTo(file);
        });
        assertThat(folder.resolve("jobs")).isEmptyDirectory(); // the job folder is gone, the file was moved out

        assertThat(history.undoDepth()).isEqualTo(1);
        assertThat(history.undo()).isEqualTo(before);
    }

    @Test
    void anExportContainingAGeneratedTakeSaysSoInItsTagsAndAManifest() throws Exception {
        Path folder = dir.resolve("export");
        Project before = project(folder);
        MediaResolver resolver = new MediaResolver(folder);
        assertThat(ExportProvenance.metadata(before, null)).isEmpty();
        ProjectSlot.Holder slot = ProjectSlot.holding(before);
        try (JobRunner r = runner(folder, slot)) {
            r.submit("test.invert", job(before, folder)).result().orTimeout(60, TimeUnit.SECONDS).join();
        }
        Project after = slot.current();
        Path out = folder.resolve("export.mp4");
        var settings = dev.cutroom.engine.render.ExportSettings.defaults().withMetadata(ExportProvenance.metadata(after, null));
        new dev.cutroom.engine.render.Exporter(resolver).export(after, out, settings, (f, m) -> { }, dev.cutroom.engine.render.CancelToken.of(() -> false));
        Path manifest = ExportProvenance.writeManifest(after, resolver, null, out).orElseThrow();

        assertThat(manifest).isEqualTo(folder.resolve("export.mp4.provenance.json"));
        JsonNode m = ProvenanceRecords.JSON.readTree(manifest.toFile());
        assertThat(m.at("/containsGeneratedMaterial").asBoolean()).isTrue();
        assertThat(m.at("/generatedClips/0/clipId").asText()).isEqualTo(clip(after).id());
        assertThat(m.at("/generatedClips/0/provenance/pluginId").asText()).isEqualTo("test.invert");
        assertThat(m.at("/generatedClips/0/mediaProvenance").asText()).endsWith(".mp4.provenance.json");
        dev.cutroom.engine.FFmpegRuntime.ensureInitialised();
        try (var grabber = new org.bytedeco.javacv.FFmpegFrameGrabber(out.toFile())) {
            grabber.start();
            assertThat(grabber.getMetadata().get("comment")).startsWith("Contains generated material: 1 clip(s) made by test.invert 1.0.0");
            grabber.stop();
        }
        // the same export without the generated take (undone) writes no manifest and removes a stale one
        assertThat(ExportProvenance.writeManifest(before, resolver, null, out)).isEmpty();
        assertThat(manifest).doesNotExist();
    }

    @Test
    void aNewClipGoesOnANamedTrackAndASideFileBesideTheProject() throws Exception {
        Path folder = dir.resolve("clip");
        Project before = project(folder);
        History history = new History(before);
        CompletedJob done;
        Job job = new Job(job(before, folder).selection(), ParameterValues.EMPTY, "make it grey");
        try (JobRunner r = runner(folder, ProjectSlot.of(history))) {
            done = r.submit("test.clip-and-side-file", job).result().orTimeout(60, TimeUnit.SECONDS).join();
        }
        Project after = history.current();
        var track = after.timeline().tracks().getLast();
        assertThat(track.name()).isEqualTo("Generated");
        assertThat(track.kind()).isEqualTo(dev.cutroom.timeline.model.TrackKind.VIDEO);
        Clip grey = track.clips().getFirst();
        assertThat(grey.start()).isEqualTo(5);        // 0.2 s at 25 fps
        assertThat(grey.duration()).isEqualTo(10);
        Provenance p = grey.activeTake().provenance();
        assertThat(p.pluginVersion()).isEqualTo("2.1.0");
        assertThat(p.instruction()).isEqualTo("make it grey");
        assertThat(p.modelId()).isEqualTo("bundled-lut");
        assertThat(p.modelSha256()).isEqualTo("abc123");
        CommitReceipt.Item side = done.receipt().items().get(1);
        assertThat(side.kind()).isEqualTo(CommitReceipt.Kind.SIDE_FILE);
        assertThat(side.file()).isEqualTo(folder.resolve("generated/test.clip-and-side-file/notes.txt")).hasContent("make it grey");
        assertThat(done.receipt().createdIds()).contains(track.id(), grey.id());
        assertThat(history.undoDepth()).isEqualTo(1);
        assertThat(history.undo()).isEqualTo(before);
    }

    @Test
    void splitPointsInMediaSecondsBecomeTimelineFrames() throws Exception {
        Path folder = dir.resolve("split");
        Project before = project(folder);
        History history = new History(before);
        Clip original = clip(before);
        try (JobRunner r = runner(folder, ProjectSlot.of(history))) {
            r.submit("test.split", job(before, folder, "at", 0.4)).result().orTimeout(60, TimeUnit.SECONDS).join();
        }
        List<Clip> clips = history.current().timeline().tracks().getFirst().clips();
        assertThat(clips).hasSize(2);
        // 0.4 s of media is 0.24 s = 6 frames into a clip whose source starts at 0.16 s
        assertThat(clips.get(1).start()).isEqualTo(original.start() + 6);
        assertThat(clips.get(1).sourceIn()).isEqualTo(Rational.of(2, 5));
        assertThat(history.undoDepth()).isEqualTo(1);
        assertThat(history.undo()).isEqualTo(before);
    }

    @Test
    void aClipDeletedWhileTheJobRanFailsTheCommitAndChangesNothing() throws Exception {
        Path folder = dir.resolve("deleted");
        Project before = project(folder);
        ProjectSlot.Holder slot = ProjectSlot.holding(before);
        try (JobRunner r = runner(folder, slot)) {
            JobHandle h = r.submit("test.invert", job(before, folder));
            Project edited = new Lift(clip(before).id()).apply(before).after(); // the user deletes the clip meanwhile
            slot.set(edited);
            Throwable thrown = catchThrowable(() -> h.result().orTimeout(60, TimeUnit.SECONDS).join());
            assertThat(thrown).isInstanceOf(CompletionException.class);
            JobFailedException failure = (JobFailedException) thrown.getCause();
            assertThat(failure.kind()).isEqualTo(FailureKind.COMMIT_FAILED);
            assertThat(failure.getMessage()).contains("was deleted while the job ran");
            assertThat(slot.current()).isSameAs(edited);
        }
        assertThat(folder.resolve("generated/test.invert")).isEmptyDirectory();
    }

    @Test
    void aFailedJobLeavesTheProjectAsItWas() throws Exception {
        Path folder = dir.resolve("failed");
        Project before = project(folder);
        ProjectSlot.Holder slot = ProjectSlot.holding(before);
        try (JobRunner r = runner(folder, slot)) {
            Throwable thrown = catchThrowable(() -> r.submit("test.throws", job(before, folder)).result().orTimeout(60, TimeUnit.SECONDS).join());
            assertThat(thrown.getCause()).isInstanceOf(JobFailedException.class);
        }
        assertThat(slot.current()).isSameAs(before);
        assertThat(folder.resolve("generated")).doesNotExist();
    }
}
