package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.ui.EditorSettings;
import dev.cutroom.app.ui.EditorWindow;
import dev.cutroom.plugin.host.discovery.PluginFolders;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import javafx.concurrent.Worker;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.onFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.runFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real editor window, headless, with plugins from the class path and a plugins folder, run in worker JVMs as
 * the app does: the Plugins menu, the run dialog built from the descriptor, shot cuts splitting a demo clip undone
 * with one Ctrl+Z, a generated take shown in the inspector with its provenance, and a plugin that throws leaving
 * the project as it was with its error in the jobs panel.
 */
@ExtendWith(ApplicationExtension.class)
class PluginsWindowTest {
    @TempDir
    static Path dir;

    private static String previousFolder;
    private EditorWindow window;

    @BeforeAll
    static void folder() throws Exception {
        previousFolder = System.getProperty(PluginFolders.PROPERTY);
        System.setProperty(PluginFolders.PROPERTY, PluginUiTestSupport.pluginsFolder(dir).toString());
    }

    @AfterAll
    static void restore() {
        if (previousFolder == null) System.clearProperty(PluginFolders.PROPERTY); else System.setProperty(PluginFolders.PROPERTY, previousFolder);
    }

    @Start
    void start(Stage stage) {
        EditorSettings settings = new EditorSettings(Preferences.userRoot().node("dev/cutroom/test/plugins/" + ProcessHandle.current().pid() + "/" + System.nanoTime()));
        window = new EditorWindow(stage, settings, Path.of("target").toAbsolutePath().resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    private Track v1() { return window.model().project().timeline().tracks().getFirst(); }

    private PluginJobTask run(String pluginId, String clipId, Map<String, Object> values) throws Exception {
        PluginJobTask task = onFx(() -> {
            window.model().select(clipId, false);
            PluginsUi ui = window.plugins();
            ParameterForm form = new ParameterForm(ui.catalog().orElseThrow().row(pluginId).descriptor());
            values.forEach((k, v) -> form.field(k).set(v));
            List<String> clips = ui.jobs().orElseThrow().clipsFor(form.descriptor(), window.model().selection());
            return ui.start(form, clips).orElseThrow();
        });
        waitFor(pluginId, 120_000, () -> task.getState() == Worker.State.SUCCEEDED || task.getState() == Worker.State.FAILED
                || task.getState() == Worker.State.CANCELLED);
        return task;
    }

    @Test
    void pluginsFromTheMenuRunInWorkersAndLandAsOneUndoableEdit(FxRobot robot) throws Exception {
        Path project = PluginUiTestSupport.copyOfDemo("window");
        runFx(() -> window.open(project));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        waitFor("plugin discovery", 20_000, () -> window.plugins().catalog().isPresent());

        // the menu: runnable plugins, the refused one inert with its reason, then Plugins…
        List<MenuItem> items = onFx(() -> List.copyOf(window.plugins().menu().getItems()));
        assertThat(items).filteredOn(i -> ("plugin-" + PluginUiTestSupport.SHOTCUT).equals(i.getId())).singleElement()
                .satisfies(i -> assertThat(PluginsUi.isRunnable(i)).isTrue());
        assertThat(items).filteredOn(i -> ("plugin-" + PluginUiTestSupport.TOO_NEW).equals(i.getId())).singleElement()
                .satisfies(i -> {
                    assertThat(PluginsUi.isRunnable(i)).isFalse();
                    assertThat(((PluginCatalog.Row) i.getUserData()).tooltip()).contains("needs plugin API 1.9");
                });
        assertThat(items.getLast().getText()).isEqualTo("Plugins…");
        assertThat(onFx(() -> window.plugins().pluginTable().lookup("#plugins-table") != null)).isTrue();

        // the run dialog is built from the descriptor; a bad value disables Run
        Dialog<ButtonType> dialog = onFx(() -> {
            var row = window.plugins().catalog().orElseThrow().row(PluginUiTestSupport.SHOTCUT);
            Dialog<ButtonType> d = window.plugins().runDialog(new ParameterForm(row.descriptor()), 1);
            d.show();
            return d;
        });
        var runButton = onFx(() -> dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(b -> dialog.getDialogPane().lookupButton(b)).findFirst().orElseThrow());
        TextField sensitivity = onFx(() -> (TextField) dialog.getDialogPane().lookup("#param-sensitivity .text-field"));
        String shownValue = onFx(sensitivity::getText);
        assertThat(shownValue).isEqualTo("0.5");
        assertThat(onFx(runButton::isDisabled)).isFalse();
        runFx(() -> sensitivity.setText("3"));
        assertThat(onFx(runButton::isDisabled)).isTrue();
        String error = onFx(() -> ((javafx.scene.control.Label) dialog.getDialogPane().lookup("#param-error-sensitivity")).getText());
        assertThat(error).contains("above the maximum");
        runFx(dialog::close);

        // shot cuts split the first clip in a worker JVM; one Ctrl+Z undoes it
        Project before = window.model().project();
        Clip city = v1().clips().getFirst();
        int clips = v1().clips().size();
        PluginJobTask split = run(PluginUiTestSupport.SHOTCUT, city.id(), Map.of());
        assertThat(onFx(split::getState)).as(String.valueOf(onFx(split::getException))).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(v1().clips()).hasSize(clips + 1);
        assertThat(v1().clips().getFirst().duration()).isEqualTo(50);
        assertThat(split.handle().log()).as("ran in a worker JVM").anySatisfy(l -> assertThat(l.message()).startsWith("worker pid "));
        robot.clickOn("#status");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(onFx(() -> window.model().project())).isSameAs(before);

        // a new take: active, generated, its provenance in the inspector
        PluginJobTask invert = run(PluginUiTestSupport.INVERT, city.id(), Map.of("level", "5"));
        assertThat(onFx(invert::getState)).as(String.valueOf(onFx(invert::getException))).isEqualTo(Worker.State.SUCCEEDED);
        Take take = v1().clips().getFirst().activeTake();
        assertThat(take.isGenerated()).isTrue();
        assertThat(take.provenance().pluginId()).isEqualTo(PluginUiTestSupport.INVERT);
        assertThat(take.provenance().parameters()).containsEntry("level", "5");
        assertThat(v1().clips().getFirst().takes()).hasSize(city.takes().size() + 1);
        assertThat(window.model().undoLabelProperty().get()).isEqualTo("Invert");
        waitFor("the inspector", 5_000, () -> robot.lookup("#inspector-provenance").tryQuery().isPresent());
        String shown = onFx(() -> robot.lookup("#inspector-provenance").queryAs(TextArea.class).getText());
        assertThat(shown).contains(PluginUiTestSupport.INVERT);
        Project withTake = window.model().project();

        // a plugin that throws: the project stays, the jobs panel says why
        PluginJobTask fails = run(PluginUiTestSupport.THROWS, city.id(), Map.of());
        assertThat(onFx(fails::getState)).isEqualTo(Worker.State.FAILED);
        assertThat(onFx(() -> window.model().project())).isSameAs(withTake);
        waitFor("the jobs log", 5_000, () -> !window.jobs().finished().isEmpty());
        ListView<?> finished = robot.lookup("#jobs-finished").queryAs(ListView.class);
        String logged = onFx(() -> String.valueOf(finished.getItems().getFirst()));
        assertThat(logged).startsWith("Always fails on 1 clip FAILED: PLUGIN_ERROR").contains("model output had the wrong shape");
        assertThat(onFx(() -> window.jobs().running().isEmpty())).isTrue();
    }
}
