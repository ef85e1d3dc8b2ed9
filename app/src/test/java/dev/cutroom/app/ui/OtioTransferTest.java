package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.OtioTransfer;
import dev.cutroom.otio.ImportReport;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Export OTIO… and Import OTIO… without a window: the background executor is a queue the test runs by hand,
 * so "off the UI thread" shows as "not done until the queue runs". The demo cut goes out and comes back with every
 * cut in place; media outside the new project's folder stays offline until the user confirms; a broken file
 * changes nothing; a Resolve compound clip opens flattened, with the report.
 */
class OtioTransferTest {
    @TempDir
    Path dir;

    private final Queue<Runnable> background = new ArrayDeque<>();

    private EditorModel newModel() {
        EditorModel m = new EditorModel(Ids.seeded(4), background::add, Runnable::run);
        m.setUntitledFolder(dir.resolve("home"));
        return m;
    }

    private void runBackground() {
        while (!background.isEmpty()) background.poll().run();
    }

    private static List<String> cuts(Project p) {
        return p.timeline().tracks().stream().flatMap((Track t) -> t.clips().stream().map((Clip c) -> t.kind() + " " + c.start() + "+" + c.duration() + " in " + c.sourceIn())).toList();
    }

    @Test
    void theDemoCutGoesOutAndComesBackAfterTheUserConfirmsItsMedia() throws Exception {
        EditorModel editor = newModel();
        editor.open(UiFixtures.demoProject());
        Path otio = dir.resolve("demo.otio");
        CompletableFuture<Path> exported = new OtioTransfer(editor).exportAsync(otio);
        assertThat(exported).isNotDone();
        runBackground();
        assertThat(exported).isCompletedWithValue(otio.toAbsolutePath());
        assertThat(editor.statusProperty().get()).isEqualTo("Exported the timeline to demo.otio");

        EditorModel other = newModel();
        Path target = dir.resolve("imported").resolve("demo.cutroom");
        Files.createDirectories(target.getParent());
        CompletableFuture<OtioTransfer.Imported> first = new OtioTransfer(other).importAsync(otio, target, false);
        assertThat(first).isNotDone();
        assertThat(other.projectFile()).isNull();
        runBackground();
        OtioTransfer.Imported imported = first.join();
        // the demo media lies outside the new project's folder: kept offline, and the user is asked
        assertThat(imported.needsConfirmation()).isTrue();
        assertThat(imported.offlineMedia()).isEqualTo(editor.project().media().size());
        assertThat(imported.details()).contains("NEEDS_CONFIRMATION").contains("offline");
        assertThat(other.projectFile()).isEqualTo(target.toAbsolutePath());
        assertThat(other.isDirty()).isFalse();
        assertThat(cuts(other.project())).isEqualTo(cuts(editor.project()));

        CompletableFuture<OtioTransfer.Imported> confirmed = new OtioTransfer(other).importAsync(otio, target, true);
        runBackground();
        assertThat(confirmed.join().offlineMedia()).isZero();
        assertThat(confirmed.join().report().of(ImportReport.Kind.NEEDS_CONFIRMATION)).isEmpty();
        assertThat(other.project().media()).allSatisfy(m -> assertThat(m.isUsable()).isTrue());
        assertThat(cuts(other.project())).isEqualTo(cuts(editor.project()));
        assertThat(other.statusProperty().get()).startsWith("Imported demo.otio → demo.cutroom");
    }

    @Test
    void aBrokenFileChangesNothing() throws Exception {
        EditorModel m = newModel();
        Project before = m.project();
        Path bad = Files.writeString(dir.resolve("bad.otio"), "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {");
        CompletableFuture<OtioTransfer.Imported> f = new OtioTransfer(m).importAsync(bad, dir.resolve("bad.cutroom"), false);
        runBackground();
        assertThat(f).isCompletedExceptionally();
        assertThat(m.project()).isSameAs(before);
        assertThat(m.projectFile()).isNull();
        assertThat(m.statusProperty().get()).startsWith("Import failed: ").contains("bad.otio").contains("cut short");
        assertThat(dir.resolve("bad.cutroom")).doesNotExist();
    }

    @Test
    void aResolveCompoundClipOpensFlattenedWithItsReport() throws Exception {
        Path otio = dir.resolve("compound.otio");
        try (InputStream in = getClass().getResourceAsStream("/dev/cutroom/app/drill/otio/resolve-compound-23976.otio")) {
            Files.write(otio, in.readAllBytes());
        }
        EditorModel m = newModel();
        CompletableFuture<OtioTransfer.Imported> f = new OtioTransfer(m).importAsync(otio, dir.resolve("compound.cutroom"), false);
        runBackground();
        OtioTransfer.Imported imported = f.join();
        assertThat(m.project().timeline().tracks()).extracting(Track::name).contains("Video 1 · nested 1", "Audio 1 · nested 1");
        assertThat(imported.report().of(ImportReport.Kind.UNMAPPED)).isEmpty();
        // /Volumes/Media is outside the folder, and not on this machine
        assertThat(imported.needsConfirmation()).isTrue();
        assertThat(imported.details()).contains("1 track was added above it");
    }
}
