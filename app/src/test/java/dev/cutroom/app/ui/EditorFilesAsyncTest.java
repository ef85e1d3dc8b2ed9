package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.RecoveryPrompt;
import dev.cutroom.app.ui.vm.WindowTitle;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Save, Save As and Open off the UI thread: a failed save changes nothing (same project, still unsaved, same file,
 * the title keeps its "●"); the crash-recovery prompt's three answers. No window: the background executor is a
 * queue the test runs by hand, so "off the UI thread" is visible as "not done until the queue runs".
 */
class EditorFilesAsyncTest {
    @TempDir
    Path dir;

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Executor queued = background::add;

    private EditorModel newModel(Executor bg) {
        EditorModel m = new EditorModel(Ids.seeded(9), bg, Runnable::run);
        m.setUntitledFolder(dir.resolve("home"));
        return m;
    }

    private void runBackground() {
        while (!background.isEmpty()) background.poll().run();
    }

    /** A saved project with one unsaved edit. */
    private EditorModel editedAfterSave(Path file) throws Exception {
        EditorModel m = newModel(queued);
        m.execute(dev.cutroom.timeline.command.Restore.project("load", TestProjects.linked(2, 4)));
        m.saveAs(file);
        m.select(m.project().timeline().tracks().get(0).clips().getFirst().id(), false);
        m.rippleDeleteSelection();
        assertThat(m.isDirty()).isTrue();
        return m;
    }

    private void assertFailedSaveChangedNothing(EditorModel m, Path file, Project before, byte[] saved, CompletableFuture<Path> f, Path target) throws Exception {
        assertThat(f).isCompletedExceptionally();
        assertThat(m.project()).isSameAs(before);
        assertThat(m.isDirty()).isTrue();
        assertThat(m.projectFile()).isEqualTo(file.toAbsolutePath());
        assertThat(WindowTitle.title(m)).startsWith("Cutroom — ● cut.cutroom");
        assertThat(m.statusProperty().get()).startsWith("Save failed");
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        assertThat(target).doesNotExist();
    }

    @Test
    void aFailedSaveAsLeavesTheProjectUnsavedAndItsFileAsItWas() throws Exception {
        Path file = dir.resolve("cut.cutroom");
        EditorModel m = editedAfterSave(file);
        Project before = m.project();
        byte[] saved = Files.readAllBytes(file);

        // a folder that cannot be written (root ignores permissions, so a path under a plain file is tried too)
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!Files.isWritable(readOnly)) {
                Path target = readOnly.resolve("copy.cutroom");
                CompletableFuture<Path> f = m.saveAsAsync(target);
                assertThat(f).as("nothing happens on the calling thread").isNotDone();
                runBackground();
                assertFailedSaveChangedNothing(m, file, before, saved, f, target);
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("copy.cutroom");
        CompletableFuture<Path> f = m.saveAsAsync(target);
        assertThat(f).isNotDone();
        assertThat(m.isDirty()).isTrue();
        runBackground();
        assertFailedSaveChangedNothing(m, file, before, saved, f, target);

        // then a save that works: clean, and the title loses its mark
        CompletableFuture<Path> ok = m.saveAsync();
        runBackground();
        assertThat(ok).isCompletedWithValue(file.toAbsolutePath());
        assertThat(m.isDirty()).isFalse();
        assertThat(WindowTitle.title(m)).startsWith("Cutroom — cut.cutroom");
        assertThat(new ProjectStore().load(file).project().timeline()).isEqualTo(before.timeline());
    }

    @Test
    void editsMadeWhileSavingKeepTheProjectUnsaved() throws Exception {
        Path file = dir.resolve("cut.cutroom");
        EditorModel m = editedAfterSave(file);
        Project saving = m.project();
        CompletableFuture<Path> f = m.saveAsync();
        m.addMarker();                  // an edit while the file is written
        runBackground();
        assertThat(f).isCompleted();
        assertThat(m.isDirty()).isTrue();
        assertThat(m.project().timeline().markers()).hasSize(1);
        assertThat(new ProjectStore().load(file).project().timeline()).isEqualTo(saving.timeline());
    }

    @Test
    void openingABrokenFileLeavesTheCurrentProject() throws Exception {
        EditorModel m = newModel(queued);
        m.execute(dev.cutroom.timeline.command.Restore.project("load", TestProjects.linked(1, 2)));
        Project before = m.project();
        Path broken = Files.writeString(dir.resolve("broken.cutroom"), "{\"format\": ");
        var f = m.loadAsync(broken);
        assertThat(f).isNotDone();
        runBackground();
        assertThat(f).isCompletedExceptionally();
        assertThat(m.project()).isSameAs(before);
        assertThat(m.isDirty()).isTrue();
        assertThat(m.statusProperty().get()).startsWith("Open failed");
    }

    /** A saved project, then an edit that is only in the autosave (the editor "crashed"). */
    private Path crashedAfterAnEdit() throws Exception {
        Path file = dir.resolve("cut.cutroom");
        EditorModel m = editedAfterSave(file);
        assertThat(m.autosave()).isTrue();
        runBackground();
        assertThat(ProjectStore.autosaveFile(file)).exists();
        return file;
    }

    private RecoveryPrompt prompt(EditorModel next, Path file) {
        CompletableFuture<EditorModel.Opened> opened = next.loadAsync(file);
        assertThat(opened.join().recovery()).isPresent();
        return new RecoveryPrompt(next, opened.join().recovery().get(), opened.join());
    }

    @Test
    void recoveryPromptRestoreOpensTheAutosaveAndLeavesTheSave() throws Exception {
        Path file = crashedAfterAnEdit();
        byte[] saved = Files.readAllBytes(file);
        EditorModel next = newModel(Runnable::run);
        RecoveryPrompt p = prompt(next, file);
        assertThat(p.message()).contains("cut.cutroom").contains("newer than the last save").contains("only replaced when you save");
        assertThat(p.label(RecoveryPrompt.Choice.OPEN_SAVE)).isEqualTo("Open last save");
        assertThat(p.choose(RecoveryPrompt.Choice.RESTORE).join()).isTrue();
        assertThat(next.project().timeline().tracks().get(0).clips()).hasSize(1);
        assertThat(next.isDirty()).isTrue();
        assertThat(next.projectFile()).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        assertThat(ProjectStore.autosaveFile(file)).as("kept until the user saves").exists();
    }

    @Test
    void recoveryPromptDiscardDeletesTheAutosaveAndOpensTheSave() throws Exception {
        Path file = crashedAfterAnEdit();
        EditorModel next = newModel(Runnable::run);
        assertThat(prompt(next, file).choose(RecoveryPrompt.Choice.DISCARD).join()).isFalse();
        assertThat(next.project().timeline().tracks().get(0).clips()).hasSize(2);
        assertThat(next.isDirty()).isFalse();
        assertThat(ProjectStore.autosaveFile(file)).doesNotExist();
        assertThat(newModel(Runnable::run).findRecovery(file)).isEmpty();
    }

    @Test
    void recoveryPromptOpenSaveKeepsTheAutosaveForNextTime() throws Exception {
        Path file = crashedAfterAnEdit();
        EditorModel next = newModel(Runnable::run);
        assertThat(prompt(next, file).choose(RecoveryPrompt.Choice.OPEN_SAVE).join()).isFalse();
        assertThat(next.project().timeline().tracks().get(0).clips()).hasSize(2);
        assertThat(next.isDirty()).isFalse();
        assertThat(newModel(Runnable::run).findRecovery(file)).as("offered again").isPresent();
    }

    @Test
    void untitledRecoveryPrompt() throws Exception {
        EditorModel m = newModel(Runnable::run);
        m.execute(dev.cutroom.timeline.command.Restore.project("load", TestProjects.linked(1, 2)));
        assertThat(m.autosave()).isTrue();
        EditorModel next = newModel(Runnable::run);
        var r = next.findRecovery(next.untitledAutosaveTarget()).orElseThrow();
        RecoveryPrompt p = new RecoveryPrompt(next, r, null);
        assertThat(p.message()).contains("an untitled project").contains("newer than any save");
        assertThat(p.label(RecoveryPrompt.Choice.OPEN_SAVE)).isEqualTo("Not now");
        assertThat(p.choose(RecoveryPrompt.Choice.RESTORE).join()).isTrue();
        assertThat(next.projectFile()).isNull();
        assertThat(next.project().timeline().tracks().get(0).clips()).hasSize(1);
        assertThat(WindowTitle.title(next)).startsWith("Cutroom — ● Untitled");
    }
}
