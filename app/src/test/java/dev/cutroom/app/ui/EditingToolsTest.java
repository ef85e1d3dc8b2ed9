package dev.cutroom.app.ui;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

/** Copy and paste of clips and transitions on cuts, from the keyboard and the Edit menu of the real window. */
@ExtendWith(ApplicationExtension.class)
class EditingToolsTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    private Track track(int i) { return window.model().project().timeline().tracks().get(i); }

    private void open(FxRobot robot) throws Exception {
        runFx(() -> window.open(UiFixtures.demoProject()));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        robot.clickOn("#status"); // keys go to the window, not to a text field
    }

    private void keys(FxRobot robot, KeyCode key, KeyCode... modifiers) {
        robot.press(modifiers).type(key).release(modifiers);
    }

    private MenuItem editMenu(String text) throws Exception {
        return onFx(() -> {
            MenuBar bar = (MenuBar) window.scene().lookup("#menu-bar");
            Menu edit = bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow();
            return edit.getItems().stream().filter(i -> i.getText() != null && i.getText().startsWith(text)).findFirst().orElseThrow();
        });
    }

    @Test
    void copyAClipWithItsSoundAndPasteItOverAndInsertedAtThePlayhead(FxRobot robot) throws Exception {
        open(robot);
        Project original = window.model().project();
        Clip first = track(0).clips().getFirst();
        long end = window.model().duration();
        int v1 = track(0).clips().size(), a1 = track(1).clips().size();
        runFx(() -> window.model().select(first.id(), false));

        keys(robot, KeyCode.C, KeyCode.CONTROL);
        assertThat(onFx(() -> window.model().statusProperty().get())).isEqualTo("Copied 2 clips");

        // paste at the end: picture and sound, linked to each other, a new link
        runFx(() -> window.model().seek(end));
        keys(robot, KeyCode.V, KeyCode.CONTROL);
        assertThat(track(0).clips()).hasSize(v1 + 1);
        assertThat(track(1).clips()).hasSize(a1 + 1);
        Clip pasted = track(0).clips().getLast();
        assertThat(pasted.start()).isEqualTo(end);
        assertThat(pasted.duration()).isEqualTo(first.duration());
        assertThat(pasted.linkId()).isEqualTo(track(1).clips().getLast().linkId()).isNotEqualTo(first.linkId());
        assertThat(window.model().selection()).contains(pasted.id());

        // paste insert at the start pushes everything later by the copy's length, on every track
        keys(robot, KeyCode.Z, KeyCode.CONTROL);
        assertThat(onFx(() -> window.model().project())).isSameAs(original);
        runFx(() -> window.model().seek(0));
        keys(robot, KeyCode.V, KeyCode.CONTROL, KeyCode.SHIFT);
        assertThat(window.model().duration()).isEqualTo(end + first.duration());
        assertThat(track(0).clips().get(1).start()).isEqualTo(first.duration());
        assertThat(track(1).clips().get(1).start()).isEqualTo(first.duration());
        assertThat(window.model().undoLabelProperty().get()).isEqualTo("Paste insert");
    }

    @Test
    void addLengthenAndRemoveADissolveOnTheCutNearestThePlayhead(FxRobot robot) throws Exception {
        open(robot);
        long cut = track(0).clips().getFirst().end();
        assertThat(track(0).clips().get(1).start()).as("the demo's first two shots touch").isEqualTo(cut);
        runFx(() -> { window.model().select(null, false); window.model().seek(cut + 4); });

        keys(robot, KeyCode.T, KeyCode.CONTROL);
        Transition dissolve = track(0).transitions().getFirst();
        assertThat(dissolve.kind()).isEqualTo(Transition.CROSS_DISSOLVE);
        assertThat(dissolve.cutFrame()).isEqualTo(cut);
        assertThat(dissolve.inOffset() + dissolve.outOffset()).isEqualTo(onFx(() -> window.transitions().defaultFrames()));
        assertThat(track(1).transitions()).as("the sound crossfades too").hasSize(1);

        keys(robot, KeyCode.T, KeyCode.CONTROL, KeyCode.SHIFT);
        assertThat(track(0).transitions().getFirst().kind()).isEqualTo(Transition.DIP_TO_BLACK);

        runFx(() -> window.transitions().setLength(10));
        assertThat(track(0).transitions().getFirst()).satisfies(t -> assertThat(t.inOffset() + t.outOffset()).isEqualTo(10));

        MenuItem remove = editMenu("Remove transition");
        runFx(remove::fire);
        assertThat(track(0).transitions()).isEmpty();
        assertThat(track(1).transitions()).isEmpty();
        keys(robot, KeyCode.Z, KeyCode.CONTROL);
        assertThat(track(0).transitions()).hasSize(1);
    }
}
