package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.TimelineViewport;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Track;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the real window headlessly (JavaFX's headless platform, TestFX's glass robot): import, drag a clip,
 * trim an edge, split with S, ripple delete with Shift+Delete, undo with Ctrl+Z, export with progress; asserts on
 * the model after each gesture.
 */
@ExtendWith(ApplicationExtension.class)
class EditorInteractionTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    private Track track(int i) { return window.model().project().timeline().tracks().get(i); }

    private Point2D onCanvas(long frame, int trackIndex, double dx) throws Exception {
        return UiFixtures.onFx(() -> {
            Canvas c = window.timeline().canvas();
            TimelineViewport vp = window.timeline().viewport();
            List<Track> tracks = window.model().project().timeline().tracks();
            double y = TimelineViewport.trackTop(tracks, trackIndex) + TimelineViewport.trackHeight(tracks.get(trackIndex)) / 2;
            return c.localToScreen(vp.frameToX(frame) + dx, y);
        });
    }

    @Test
    void editTheDemoProjectWithMouseAndKeyboard(FxRobot robot) throws Exception {
        Path demo = UiFixtures.demoProject();
        UiFixtures.runFx(() -> window.open(demo));
        UiFixtures.waitFor("the demo project", 10_000, () -> window.model().duration() > 0);
        UiFixtures.runFx(() -> window.timeline().zoomToFit());
        robot.sleep(200);

        // import: one real file and one that is not media; both land in the bin, the bad one with its error
        Path junk = Files.writeString(UiFixtures.TARGET.resolve("not-media.mp4"), "hello");
        // a file not in the bin yet (the same file again would be listed once: see FirstHourTest)
        Path demoShot = demo.getParent().resolve(window.model().project().media().getFirst().path());
        Path shot = Files.copy(demoShot, UiFixtures.TARGET.resolve("another-" + System.nanoTime() + "-" + demoShot.getFileName()));
        int before = window.model().project().media().size();
        UiFixtures.runFx(() -> window.model().importMedia(List.of(shot, junk)));
        UiFixtures.waitFor("import", 20_000, () -> window.model().project().media().size() == before + 2);
        MediaItem bad = window.model().project().media().getLast();
        assertThat(bad.isUsable()).isFalse();
        assertThat(bad.error()).isNotBlank();
        assertThat(robot.lookup("#media-bin").queryListView().getItems()).hasSize(before + 2);

        // drag the last V1 clip 40 frames to the right (linked audio follows)
        Clip last = track(0).clips().getLast();
        Point2D from = onCanvas(last.start() + last.duration() / 2, 0, 0);
        double ppf = window.timeline().viewport().ppf();
        robot.drag(from, MouseButton.PRIMARY).moveBy(40 * ppf / 2, 0).moveBy(40 * ppf / 2, 0).drop();
        Clip moved = track(0).clips().getLast();
        assertThat(moved.start()).isBetween(last.start() + 38, last.start() + 42);
        assertThat(track(1).clips().getLast().start()).isEqualTo(moved.start());

        // trim the first clip's tail 30 frames shorter
        Clip first = track(0).clips().getFirst();
        Point2D edge = onCanvas(first.end(), 0, -1);
        robot.drag(edge, MouseButton.PRIMARY).moveBy(-15 * ppf, 0).moveBy(-15 * ppf, 0).drop();
        assertThat(track(0).clips().getFirst().duration()).isBetween(first.duration() - 32, first.duration() - 28);
        assertThat(track(1).clips().getFirst().duration()).isEqualTo(track(0).clips().getFirst().duration());

        // split everything under the playhead with S
        int clipsV1 = track(0).clips().size();
        long middle = track(0).clips().get(1).start() + 20;
        UiFixtures.runFx(() -> { window.model().select(null, false); window.model().seek(middle); });
        robot.clickOn(onCanvas(middle, 2, 0).add(0, 80)); // empty space: focus the timeline, select nothing
        robot.type(KeyCode.S);
        assertThat(track(0).clips()).hasSize(clipsV1 + 1);
        assertThat(track(0).clips().get(2).start()).isEqualTo(middle);

        // click the new tail and ripple-delete it: later clips move left by its length
        Clip tail = track(0).clips().get(2);
        Clip after = track(0).clips().get(3);
        robot.clickOn(onCanvas(tail.start() + 5, 0, 0));
        assertThat(window.model().selection()).contains(tail.id());
        robot.press(KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT);
        assertThat(track(0).clips()).hasSize(clipsV1);
        assertThat(track(0).clips().get(2).start()).isEqualTo(after.start() - tail.duration());

        // undo brings it back
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(track(0).clips()).hasSize(clipsV1 + 1);
        assertThat(track(0).clips().get(2)).isEqualTo(tail);

        // export one second at a small size through the jobs panel
        Path out = UiFixtures.TARGET.resolve("ui-export.mp4");
        Files.deleteIfExists(out);
        var task = UiFixtures.onFx(() -> window.export(out, ExportSettings.defaults().withRange(new FrameRange(0, 25)).withSize(320, 180)));
        UiFixtures.waitFor("export", 60_000, () -> task.getState() == Worker.State.SUCCEEDED || task.getState() == Worker.State.FAILED);
        assertThat(UiFixtures.onFx(task::getState)).as(String.valueOf(UiFixtures.onFx(task::getException))).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(Files.size(out)).isGreaterThan(1000);
        UiFixtures.waitFor("the jobs log", 5_000, () -> !window.jobs().finished().isEmpty());
        assertThat(window.jobs().finished().getFirst()).contains("done");
    }
}
