package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.ui.EditorSettings;
import dev.cutroom.app.ui.EditorWindow;
import dev.cutroom.timeline.model.Clip;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.onFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.runFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real editor, headless: the Upscale run dialog asks the plugin (in a worker JVM, on this machine's CPU) how long
 * the job will take before Start, warns when enhance mode will be long on the CPU, re-estimates when the mode
 * changes, and leaves Run and Cancel usable all along.
 */
@ExtendWith(ApplicationExtension.class)
class RunEstimateDialogTest {
    private static final String UPSCALE = "dev.cutroom.upscale";
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        EditorSettings settings = new EditorSettings(Preferences.userRoot().node("dev/cutroom/test/estimate/" + ProcessHandle.current().pid() + "/" + System.nanoTime()));
        window = new EditorWindow(stage, settings, Path.of("target").toAbsolutePath().resolve("ui-cache"));
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void theUpscaleDialogShowsTheMeasuredTimeAndWarnsWhenLongOnTheCpu() throws Exception {
        Path project = PluginUiTestSupport.copyOfDemo("estimate");
        runFx(() -> window.open(project));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        waitFor("plugin discovery", 20_000, () -> window.plugins().catalog().isPresent());
        Clip city = onFx(() -> window.model().project().timeline().tracks().getFirst().clips().getFirst());

        ParameterForm form = onFx(() -> new ParameterForm(window.plugins().catalog().orElseThrow().row(UPSCALE).descriptor()));
        assertThat(form.fields()).extracting(ParameterForm.Field::id).doesNotContain("estimateOnly");
        runFx(() -> form.field("scale").set("4")); // minutes on this CPU whatever the load
        Dialog<ButtonType> dialog = onFx(() -> {
            Dialog<ButtonType> d = window.plugins().runDialog(form, List.of(city.id()));
            d.show();
            return d;
        });
        Label line = onFx(() -> (Label) dialog.getDialogPane().lookup("#run-estimate"));
        Label warning = onFx(() -> (Label) dialog.getDialogPane().lookup("#run-estimate-warning"));
        Node run = onFx(() -> dialog.getDialogPane().getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> dialog.getDialogPane().lookupButton(b)).findFirst().orElseThrow());
        assertThat(onFx(line::getText)).startsWith("Estimating");
        assertThat(onFx(run::isDisabled)).as("the estimate informs, it does not gate Start").isFalse();

        // enhance x4 of a 640x360 clip of about 100 frames takes minutes on a CPU
        waitFor("the enhance estimate", 120_000, () -> line.getText().startsWith("About") || line.getText().startsWith("No estimate"));
        String enhance = onFx(line::getText);
        assertThat(enhance).startsWith("About").contains("frames").containsIgnoringCase("cpu");
        assertThat(onFx(warning::getText)).as(enhance).contains("on the CPU");
        assertThat(onFx(warning::isVisible)).isTrue();

        // fidelity needs no model: seconds, no warning
        runFx(() -> form.field("mode").set("fidelity"));
        waitFor("the fidelity estimate", 120_000, () -> line.getText().startsWith("About") && !line.getText().equals(enhance));
        assertThat(onFx(line::getText)).contains("Lanczos");
        assertThat(onFx(warning::getText)).isEmpty();
        assertThat(onFx(run::isDisabled)).isFalse();
        runFx(dialog::close);
        assertThat(onFx(() -> window.model().project().timeline().tracks().getFirst().clips().getFirst().takes())).hasSize(city.takes().size());
    }
}
