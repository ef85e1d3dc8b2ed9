package dev.cutroom.app.ui;

import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Track;
import javafx.concurrent.Worker;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import dev.cutroom.app.ui.vm.TimelineViewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.cutroom.app.ui.UiFixtures.onFx;
import static dev.cutroom.app.ui.UiFixtures.runFx;
import static dev.cutroom.app.ui.UiFixtures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an editor hit in the first hour, in the real window (headless): the Instruct edit shortcut, a click inside
 * a multi-selection, importing a file twice, a word when an export is done, and a plugin's run dialog that must fit
 * the screen.
 */
@ExtendWith(ApplicationExtension.class)
class FirstHourTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    private Track track(int i) { return window.model().project().timeline().tracks().get(i); }

    private Point2D onCanvas(long frame, int trackIndex) throws Exception {
        return onFx(() -> {
            Canvas c = window.timeline().canvas();
            TimelineViewport vp = window.timeline().viewport();
            List<Track> tracks = window.model().project().timeline().tracks();
            double y = TimelineViewport.trackTop(tracks, trackIndex) + TimelineViewport.trackHeight(tracks.get(trackIndex)) / 2;
            return c.localToScreen(vp.frameToX(frame), y);
        });
    }

    private void openDemo() throws Exception {
        Path demo = UiFixtures.demoProject();
        runFx(() -> window.open(demo));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        runFx(() -> window.timeline().zoomToFit());
        // the fit takes effect on the next layout pulses; clicks are placed after them
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        runFx(() -> window.timeline().zoomToFit());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
    }

    @Test
    void ctrlShiftIOpensInstructEditForTheSelectedClip(FxRobot robot) throws Exception {
        openDemo();
        waitFor("plugin discovery", 20_000, () -> window.plugins().catalog().isPresent());
        String clip = onFx(() -> track(0).clips().getFirst().id());
        runFx(() -> window.model().select(clip, false));

        robot.clickOn("#status");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);

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

    @Test
    void aClickInsideAMultiSelectionSelectsThatClipAlone(FxRobot robot) throws Exception {
        openDemo();
        Clip first = track(0).clips().getFirst(), second = track(0).clips().get(1);
        // a group selected (as a marquee or shift-clicks leave it)
        runFx(() -> window.model().selectAll(List.of(first.id(), second.id()), false));
        assertThat(onFx(() -> Set.copyOf(window.model().selection()))).containsExactlyInAnyOrder(first.id(), second.id());

        robot.clickOn(onCanvas(first.start() + first.duration() / 2, 0));

        assertThat(onFx(() -> Set.copyOf(window.model().selection()))).containsExactly(first.id());
        assertThat(onFx(() -> window.model().focusedClipProperty().get())).isEqualTo(first.id());
    }

    @Test
    void theSameFileImportedTwiceIsListedOnce() throws Exception {
        openDemo();
        Path demo = UiFixtures.demoProject();
        Path shot = demo.getParent().resolve(window.model().project().media().getFirst().path());
        int before = onFx(() -> window.model().project().media().size());

        var task = onFx(() -> window.model().importMedia(List.of(shot, shot.getParent().resolve(".").resolve(shot.getFileName()))));
        waitFor("import", 20_000, () -> task.isDone());

        assertThat(onFx(() -> window.model().project().media().size())).isEqualTo(before);
        assertThat(onFx(() -> window.model().statusProperty().get())).contains("already in the media bin");
    }

    @Test
    void aFinishedExportSaysSo() throws Exception {
        openDemo();
        Path out = UiFixtures.TARGET.resolve("first-hour-export.mp4");
        Files.deleteIfExists(out);
        var task = onFx(() -> window.export(out, ExportSettings.defaults().withRange(new FrameRange(0, 10)).withSize(320, 180)));
        waitFor("export", 60_000, () -> task.getState() == Worker.State.SUCCEEDED || task.getState() == Worker.State.FAILED);
        assertThat(onFx(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(onFx(() -> window.model().statusProperty().get())).startsWith("Export finished: ").contains(out.toString());
    }

    @Test
    void aPluginsRunDialogFitsTheScreenWithItsButtonsOnIt() throws Exception {
        openDemo();
        waitFor("plugin discovery", 20_000, () -> window.plugins().catalog().isPresent());
        Dialog<ButtonType> dialog = onFx(() -> {
            var row = window.plugins().catalog().orElseThrow().row("dev.cutroom.soundtrack");
            Dialog<ButtonType> d = window.plugins().runDialog(new dev.cutroom.app.ui.plugins.ParameterForm(row.descriptor()), 1);
            d.show();
            return d;
        });
        waitFor("the dialog", 5_000, dialog::isShowing);
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        assertThat(onFx(dialog::getWidth)).isLessThanOrEqualTo(screen.getWidth());
        assertThat(onFx(dialog::getX)).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(onFx(() -> dialog.getX() + dialog.getWidth())).isLessThanOrEqualTo(screen.getMaxX());
        Bounds run = onFx(() -> dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> dialog.getDialogPane().lookupButton(b).localToScreen(dialog.getDialogPane().lookupButton(b).getBoundsInLocal()))
                .findFirst().orElseThrow());
        assertThat(run.getMinX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(run.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(run.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
        runFx(dialog::close);
    }
}
