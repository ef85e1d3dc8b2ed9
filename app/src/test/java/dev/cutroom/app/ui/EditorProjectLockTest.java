package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectLock;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor holds its project's lock while it is open, and never saves over a file another program changed. */
class EditorProjectLockTest {
    @TempDir
    Path dir;

    private EditorModel newModel() {
        EditorModel m = new EditorModel(Ids.seeded(9), Runnable::run, Runnable::run);
        m.setUntitledFolder(dir.resolve("home"));
        return m;
    }

    private Path saved(String name) throws Exception {
        Path file = dir.resolve(name);
        new ProjectStore().save(TestProjects.linked(2, 4), file);
        return file;
    }

    @Test
    void anOpenProjectIsLockedAgainstOtherWritersUntilTheEditorLetsGo() throws Exception {
        Path file = saved("cut.cutroom");
        EditorModel m = newModel();
        m.open(file);
        assertThat(m.holdsLock()).isTrue();
        assertThatThrownBy(() -> ProjectLock.acquire(file, "cutroom edit", Duration.ZERO))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(ProjectFileException.Kind.LOCKED))
                .hasMessageContaining("(Cutroom editor)");
        m.releaseLock();
        try (ProjectLock cli = ProjectLock.acquire(file, "cutroom edit", Duration.ZERO)) {
            assertThat(cli.holder().command()).isEqualTo("cutroom edit");
        }
    }

    @Test
    void aProjectOpenInAnotherProcessIsNotOpenedAndTheHolderIsNamed() throws Exception {
        Path file = saved("cut.cutroom");
        EditorModel second = newModel();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                ProjectLock.class.getName(), file.toString(), "Cutroom editor").start();
        try {
            assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine()).isEqualTo("LOCKED");
            assertThatThrownBy(() -> second.open(file)).hasMessageContaining("the project is in use by pid " + other.pid()).hasMessageContaining("(Cutroom editor)");
            assertThat(second.projectFile()).isNull();
        } finally {
            other.getOutputStream().close(); // the other editor closes the project
            other.waitFor();
        }
        second.open(file);
        assertThat(second.holdsLock()).isTrue();
        second.releaseLock();
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenBySave() throws Exception {
        Path file = saved("cut.cutroom");
        EditorModel m = newModel();
        m.open(file);
        m.select(m.project().timeline().tracks().get(0).clips().getFirst().id(), false);
        m.rippleDeleteSelection();
        // a program that ignores the lock (a text editor, a sync tool) rewrites the file
        Project theirs = new ProjectStore().load(file).project();
        Files.write(file, dev.cutroom.timeline.io.ProjectJson.write(new Project(theirs.id(), "Theirs", theirs.timeline(), theirs.media())));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(m::save).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.kind()).isEqualTo(ProjectFileException.Kind.CHANGED_ON_DISK)).hasMessageContaining("reload it, or save under another name");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(m.isDirty()).isTrue();

        Path elsewhere = dir.resolve("mine.cutroom");
        m.saveAs(elsewhere); // Save As still works, and moves the lock to the new file
        assertThat(new ProjectStore().load(elsewhere).project()).isEqualTo(m.project());
        try (ProjectLock old = ProjectLock.acquire(file, "x", Duration.ZERO)) {
            assertThat(old).isNotNull();
        }
        m.releaseLock();
    }

    @Test
    void savingTwiceChainsTheStampAndAutosaveIsSuperseded() throws Exception {
        Path file = saved("cut.cutroom");
        EditorModel m = newModel();
        m.open(file);
        m.select(m.project().timeline().tracks().get(0).clips().getFirst().id(), false);
        m.rippleDeleteSelection();
        assertThat(m.autosave()).isTrue();
        m.save();
        m.select(m.project().timeline().tracks().get(0).clips().getFirst().id(), false);
        m.rippleDeleteSelection();
        m.save();
        assertThat(ProjectStore.autosaveFile(file)).doesNotExist();
        assertThat(new ProjectStore().load(file).project()).isEqualTo(m.project());
        m.releaseLock();
    }
}
