package dev.cutroom.app.ui;

import dev.cutroom.app.ui.view.SourceMonitorWindow;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Track;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static dev.cutroom.app.ui.UiFixtures.onFx;
import static dev.cutroom.app.ui.UiFixtures.runFx;
import static dev.cutroom.app.ui.UiFixtures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Open media in the source monitor, mark in and out, insert and overwrite it at the timeline's playhead. */
@ExtendWith(ApplicationExtension.class)
class ThreePointEditTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    private Track track(int i) { return window.model().project().timeline().tracks().get(i); }

    @Test
    void markASourcePartThenInsertAndOverwriteItAtThePlayhead(FxRobot robot) throws Exception {
        runFx(() -> window.open(UiFixtures.demoProject()));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        MediaItem media = window.model().project().media().get(1);
        long duration = window.model().duration();
        int v1 = track(0).clips().size();
        long cut = track(0).clips().getFirst().end();

        // double-click in the bin opens the source monitor
        runFx(() -> window.bin().list().getSelectionModel().select(media));
        // the cell showing it (list cells are reused, so found by their item, not by their order)
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        javafx.scene.Node cell = robot.lookup("#media-bin .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof MediaItem m && m.id().equals(media.id()))
                .findFirst().orElseThrow();
        UiFixtures.doubleClick(cell);
        waitFor("the source monitor", 5_000, () -> window.sourceMonitor().item() != null);
        assertThat(window.sourceMonitor().item().id()).isEqualTo(media.id());
        SourceMonitorWindow source = onFx(() -> window.openSource(media));

        // mark 10..35 in the source, the timeline's playhead on the first cut
        runFx(() -> {
            var s = window.sourceMonitor().source();
            s.seek(10); s.markIn(); s.seek(35); s.markOut();
            window.model().seek(cut);
        });
        robot.clickOn("#source-insert");
        // the source plays at the media's own rate; the part is its 25 source frames in timeline frames
        var sourceRate = onFx(() -> window.sourceMonitor().source().project().timeline().rate());
        long part = window.model().project().timeline().rate().nearestFrame(sourceRate.toSeconds(25));

        assertThat(window.model().duration()).isEqualTo(duration + part);
        assertThat(track(0).clips()).hasSize(v1 + 1);
        Clip placed = track(0).clips().get(1);
        assertThat(placed.start()).isEqualTo(cut);
        assertThat(placed.duration()).isEqualTo(part);
        assertThat(placed.activeTake().mediaId()).isEqualTo(media.id());
        assertThat(placed.sourceIn()).isEqualTo(sourceRate.toSeconds(10));
        assertThat(track(1).clips().get(1).linkId()).isEqualTo(placed.linkId()).isNotNull();
        assertThat(window.model().playhead()).as("the playhead moves past the insert").isEqualTo(cut + part);

        // '.' in the source window overwrites at the playhead: the length stays
        robot.clickOn(source.stage().getScene().getRoot());
        robot.type(KeyCode.PERIOD);
        assertThat(window.model().duration()).isEqualTo(duration + part);
        assertThat(track(0).clips().stream().filter(c -> c.start() == cut + part).findFirst().orElseThrow().activeTake().mediaId()).isEqualTo(media.id());
        assertThat(window.model().undoLabelProperty().get()).isEqualTo("Overwrite from source");
        runFx(() -> source.stage().hide());
    }
}
