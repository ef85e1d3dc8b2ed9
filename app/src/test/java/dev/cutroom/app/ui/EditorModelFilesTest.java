package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.timeline.command.AddTake;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.io.Recovery;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Save, autosave to the side file, recovery that never touches the save; takes and provenance. No window. */
class EditorModelFilesTest {
    @TempDir
    Path dir;

    private EditorModel newModel() {
        EditorModel m = new EditorModel(Ids.seeded(9), Runnable::run, Runnable::run);
        m.setUntitledFolder(dir.resolve("home"));
        return m;
    }

    @Test
    void autosaveAndRecoveryKeepTheUsersSave() throws Exception {
        EditorModel m = newModel();
        Project p = TestProjects.linked(2, 4);
        m.execute(dev.cutroom.timeline.command.Restore.project("load", p));
        Path file = dir.resolve("cut.cutroom");
        m.saveAs(file);
        assertThat(m.isDirty()).isFalse();
        assertThat(m.autosave()).as("nothing changed since the save").isFalse();

        m.select(m.project().timeline().tracks().get(0).clips().getFirst().id(), false);
        m.rippleDeleteSelection();
        assertThat(m.autosave()).isTrue();
        assertThat(ProjectStore.autosaveFile(file)).exists();
        Project edited = m.project();
        byte[] saved = Files.readAllBytes(file);

        // next start: the autosave is offered, restoring it leaves the save alone until the user saves
        EditorModel next = newModel();
        Optional<Recovery> r = next.findRecovery(file);
        assertThat(r).isPresent();
        next.restore(r.get());
        assertThat(next.project().timeline()).isEqualTo(edited.timeline());
        assertThat(next.isDirty()).isTrue();
        assertThat(next.projectFile()).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        next.save();
        assertThat(ProjectStore.autosaveFile(file)).doesNotExist();
        assertThat(newModel().findRecovery(file)).isEmpty();
    }

    @Test
    void untitledProjectsAutosaveToo() {
        EditorModel m = newModel();
        m.execute(dev.cutroom.timeline.command.Restore.project("load", TestProjects.linked(1, 2)));
        assertThat(m.autosave()).isTrue();
        assertThat(newModel().findRecovery(m.untitledAutosaveTarget())).isPresent();
    }

    @Test
    void switchingToAGeneratedTakeIsOneUndoableClick() {
        EditorModel m = newModel();
        Project p = TestProjects.linked(1, 4);
        MediaItem generated = TestProjects.media(Ids.seeded(99), "upscaled", 4);
        m.execute(dev.cutroom.timeline.command.Restore.project("load", p.withMedia(java.util.List.of(p.media().getFirst(), generated))));
        Clip clip = m.project().timeline().tracks().get(0).clips().getFirst();
        Provenance prov = new Provenance("dev.cutroom.upscale", "1.0", "realesr-x2", "1", "ab12", Map.of("scale", "2"), null, "cd34", "2026-11-24T09:00:00Z");
        Take take = new Take("take-gen", generated.id(), Rational.ZERO, "Upscaled x2", prov);
        assertThat(m.execute(new AddTake(clip.id(), take, false))).isTrue();
        assertThat(m.switchTake(clip.id(), "take-gen")).isTrue();
        assertThat(m.project().timeline().tracks().get(0).clips().getFirst().activeTake().isGenerated()).isTrue();
        m.undo();
        assertThat(m.project().timeline().tracks().get(0).clips().getFirst().activeTakeId()).isEqualTo(clip.activeTakeId());
    }
}
