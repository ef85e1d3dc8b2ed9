package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.MarkersModel;
import dev.cutroom.timeline.command.LinkedEdits;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.TrackKind;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static dev.cutroom.app.ui.UiFixtures.onFx;
import static dev.cutroom.app.ui.UiFixtures.runFx;
import static dev.cutroom.app.ui.UiFixtures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The markers panel in the real window: timeline and clip markers listed, renamed, coloured, jumped to; clip markers follow their clip. */
@ExtendWith(ApplicationExtension.class)
class MarkersPanelTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    @Test
    void listRenameColourJumpAndFollowTheClip(FxRobot robot) throws Exception {
        runFx(() -> window.open(UiFixtures.demoProject()));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        TableView<MarkersModel.Row> table = robot.lookup("#markers-table").queryAs(TableView.class);
        int before = onFx(() -> table.getItems().size());

        // M: a timeline marker at the playhead; Shift+M: a marker on the selected clip's source
        Clip second = window.model().project().timeline().tracks().getFirst().clips().getLast(); // room after it to move
        runFx(() -> { window.model().seek(40); window.model().select(null, false); });
        robot.clickOn("#status");
        robot.type(KeyCode.M);
        runFx(() -> { window.model().seek(second.start() + 5); window.model().select(second.id(), false); });
        robot.press(KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT);
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(before + 2);
        MarkersModel.Row clipRow = onFx(() -> table.getItems().stream().filter(MarkersModel.Row::onClip).findFirst().orElseThrow());
        assertThat(clipRow.frame()).isEqualTo(second.start() + 5);
        assertThat(clipRow.clipId()).isEqualTo(second.id());

        // rename, recolour, annotate: each one undo step
        MarkersModel.Row timelineRow = onFx(() -> table.getItems().stream().filter(r -> !r.onClip() && r.frame() == 40).findFirst().orElseThrow());
        runFx(() -> window.markers().rename(timelineRow, "Music in"));
        runFx(() -> window.markers().recolour(table.getItems().stream().filter(r -> "Music in".equals(r.name())).findFirst().orElseThrow(), "#e04040"));
        assertThat(window.model().project().timeline().markers()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Music in");
            assertThat(m.colour()).isEqualTo("#e04040");
        });

        // double-click a row jumps there
        runFx(() -> window.model().seek(0));
        // the row cell showing it (a table's cells are reused, so found by their item, not by their order)
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        javafx.scene.Node musicRow = robot.lookup("#markers-table .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof MarkersModel.Row m && "Music in".equals(m.name()))
                .findFirst().orElseThrow();
        UiFixtures.doubleClick(musicRow.lookup(".table-cell"));
        assertThat(window.model().playhead()).isEqualTo(40);

        // the clip marker moves with its clip
        runFx(() -> window.model().execute(LinkedEdits.moveClips(window.model().project(), List.of(second.id()), 30, 0, TrackKind.VIDEO)));
        assertThat(onFx(() -> table.getItems().stream().filter(MarkersModel.Row::onClip).findFirst().orElseThrow().frame()))
                .isEqualTo(second.start() + 35);
    }
}
