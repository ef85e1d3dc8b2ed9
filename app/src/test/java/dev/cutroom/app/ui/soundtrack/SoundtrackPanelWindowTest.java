package dev.cutroom.app.ui.soundtrack;

import static dev.cutroom.app.ui.FxThread.onFx;
import static dev.cutroom.app.ui.FxThread.runFx;
import static dev.cutroom.app.ui.FxThread.waitFor;

import dev.cutroom.app.DemoProject;
import dev.cutroom.app.ui.EditorSettings;
import dev.cutroom.app.ui.EditorWindow;
import dev.cutroom.app.ui.plugins.ParameterForm;
import dev.cutroom.app.ui.plugins.PluginJobTask;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Track;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real editor, headless, with the soundtrack plugin in worker JVMs: a soundtrack for the first demo shot lands on
 * the Music track and is focused, the Soundtrack panel shows it, Regenerate and Regenerate section each add a take
 * to that clip as one undoable edit, and the MIDI file and stems export to a folder.
 */
@ExtendWith(ApplicationExtension.class)
class SoundtrackPanelWindowTest {
    private static final String SOUNDTRACK = "dev.cutroom.soundtrack";
    @TempDir
    Path dir;
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        EditorSettings settings = new EditorSettings(Preferences.userRoot().node("dev/cutroom/test/soundtrack/" + ProcessHandle.current().pid() + "/" + System.nanoTime()));
        window = new EditorWindow(stage, settings, Path.of("target").toAbsolutePath().resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
    }

    private Track music() {
        return window.model().project().timeline().tracks().stream().filter(t -> t.name().equals("Music")).findFirst().orElse(null);
    }

    private void waitForTakes(int count) throws Exception {
        waitFor(count + " takes", 180_000, () -> music() != null && music().clips().getFirst().takes().size() == count
                && window.plugins().jobs().orElseThrow().catalog() != null && window.jobs().running().isEmpty());
    }

    @Test
    void aSoundtrackIsRegeneratedAsNewTakesFromThePanelAndExported(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("demo"));
        DemoProject.create(folder);
        runFx(() -> window.open(folder.resolve(DemoProject.FILE_NAME)));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        waitFor("plugin discovery", 20_000, () -> window.plugins().catalog().isPresent());
        Clip shot = onFx(() -> window.model().project().timeline().tracks().getFirst().clips().getFirst());

        PluginJobTask first = onFx(() -> {
            ParameterForm form = new ParameterForm(window.plugins().catalog().orElseThrow().row(SOUNDTRACK).descriptor());
            form.instructionProperty().set("calm piano, 100 bpm");
            form.field("soundfont").set("builtin");
            return window.plugins().start(form, List.of(shot.id())).orElseThrow();
        });
        waitFor("the soundtrack job", 180_000, () -> first.getState() == Worker.State.SUCCEEDED || first.getState() == Worker.State.FAILED);
        assertThat(onFx(first::getState)).as(String.valueOf(onFx(first::getException))).isEqualTo(Worker.State.SUCCEEDED);
        Clip musicClip = onFx(() -> music().clips().getFirst());
        assertThat(onFx(() -> window.model().focusedClipProperty().get())).isEqualTo(musicClip.id());
        waitFor("the panel", 5_000, () -> robot.lookup("#soundtrack-panel").query().isVisible());
        assertThat(onFx(() -> robot.lookup("#soundtrack-summary").queryAs(Label.class).getText())).contains("100 bpm").contains("piano");

        // Regenerate: a new take of the same clip, active, one Ctrl+Z away
        robot.clickOn("#soundtrack-regenerate");
        waitForTakes(2);
        Clip regenerated = onFx(() -> music().clips().getFirst());
        assertThat(regenerated.id()).isEqualTo(musicClip.id());
        assertThat(regenerated.activeTake().provenance().parameters()).containsEntry("variation", "1").containsEntry("intoClip", musicClip.id());
        assertThat(regenerated.start()).isEqualTo(musicClip.start());
        assertThat(regenerated.duration()).isEqualTo(musicClip.duration());
        assertThat(onFx(() -> window.model().undoLabelProperty().get())).isEqualTo("Generate soundtrack");
        robot.clickOn("#status");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(onFx(() -> music().clips().getFirst().takes())).hasSize(1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(onFx(() -> music().clips().getFirst().takes())).hasSize(2);

        // Regenerate section 1-2 s of the focused clip
        runFx(() -> window.model().focusedClipProperty().set(musicClip.id()));
        runFx(() -> {
            panel(robot).sectionFromProperty().set("1");
            panel(robot).sectionToProperty().set("2");
        });
        robot.clickOn("#soundtrack-regenerate-section");
        waitForTakes(3);
        var sectioned = onFx(() -> music().clips().getFirst().activeTake().provenance().parameters());
        assertThat(sectioned).containsEntry("regenerateFrom", "1.0").containsEntry("regenerateTo", "2.0").containsKey("note:regeneratedBars");

        // exports: the files the take's provenance lists
        Path out = dir.resolve("export");
        List<Path> midi = panel(robot).exportMidi(out).get(30, TimeUnit.SECONDS);
        List<Path> stems = panel(robot).exportStems(out).get(30, TimeUnit.SECONDS);
        assertThat(midi).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".mid"));
        assertThat(stems).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
    }

    private static SoundtrackPanelModel panel(FxRobot robot) {
        return robot.lookup("#soundtrack-panel").queryAs(SoundtrackPanel.class).model();
    }
}
