package dev.cutroom.app.ui.firsthour;

import dev.cutroom.app.DemoProject;
import dev.cutroom.app.ui.EditorSettings;
import dev.cutroom.app.ui.EditorWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import static dev.cutroom.app.ui.FxThread.onFx;
import static dev.cutroom.app.ui.FxThread.runFx;
import static dev.cutroom.app.ui.FxThread.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+Shift+I, advertised in Help and the clip menu, opens Instruct edit from the timeline in the real window. */
@ExtendWith(ApplicationExtension.class)
class InstructShortcutTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        EditorSettings settings = new EditorSettings(Preferences.userRoot().node("dev/cutroom/test/shortcut/" + ProcessHandle.current().pid() + "/" + System.nanoTime()));
        window = new EditorWindow(stage, settings, Path.of("target").toAbsolutePath().resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    @Test
    void ctrlShiftIOpensInstructEditForTheSelectedClip(FxRobot robot) throws Exception {
        Path demo = Path.of("target").toAbsolutePath().resolve("shortcut-demo").resolve(DemoProject.FILE_NAME);
        if (!Files.isRegularFile(demo)) DemoProject.create(demo.getParent());
        runFx(() -> window.open(demo));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        waitFor("plugin discovery", 20_000, () -> window.plugins().catalog().isPresent());
        String clip = onFx(() -> window.model().project().timeline().tracks().getFirst().clips().getFirst().id());
        runFx(() -> window.model().select(clip, false));

        robot.clickOn("#status");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.I)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);

        waitFor("the Instruct edit window", 10_000, () -> instructWindow() != null);
        // the menu shows the shortcut beside the entry
        String shown = onFx(() -> {
            var item = (javafx.scene.control.CustomMenuItem) window.plugins().menu().getItems().stream()
                    .filter(i -> "plugin-dev.cutroom.instruct".equals(i.getId())).findFirst().orElseThrow();
            return ((javafx.scene.control.Label) item.getContent().lookup("#shortcut-text")).getText();
        });
        assertThat(shown).isEqualTo(onFx(() -> javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+I").getDisplayText()));
        runFx(() -> ((Stage) instructWindow()).close());
    }

    /** The open Instruct edit window, or null. FX thread. */
    private static Window instructWindow() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Instruct edit".equals(s.getTitle()) && s.isShowing()).findFirst().orElse(null);
    }
}
