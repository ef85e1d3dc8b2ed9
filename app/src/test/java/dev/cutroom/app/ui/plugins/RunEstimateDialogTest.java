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

    /** Seconds of "About 6 min 5 s for ..." (also "2 h 5 min", "45 s"). */
    private static double seconds(String about) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("About (?:(\\d+) h )?(?:(\\d+) min ?)?(?:(\\d+) s)?").matcher(about);
        assertThat(m.find()).as(about).isTrue();
        return 3600.0 * num(m.group(1)) + 60.0 * num(m.group(2)) + num(m.group(3));
    }

    private static long num(String g) {
        return g == null ? 0 : Long.parseLong(g);
    }

    @Test
    void theUpscaleDialogShowsTheMeasuredTimeAndWarnsWhenLongOnTheCpu() throws Exception {
        Path project = PluginUiTestSupport.copyOfDemo("estimate");
        runFx(() -> window.open(project));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        waitFor("plugin discovery", 20_000, () -> window.plugins().catalog().isPresent());
        Clip city = onFx(() -> window.model().project().timeline().tracks().getFirst().clips().getFirst());
        List<String> v1 = onFx(() -> window.model().project().timeline().tracks().getFirst().clips().stream().map(Clip::id).toList());

        ParameterForm form = onFx(() -> new ParameterForm(window.plugins().catalog().orElseThrow().row(UPSCALE).descriptor()));
        assertThat(form.fields()).extracting(ParameterForm.Field::id).doesNotContain("estimateOnly");
        runFx(() -> form.field("targetHeight").set("2160")); // all three shots to 2160p: minutes on a 2-core CPU
        runFx(() -> form.field("mode").set("animation")); // the network (the default, camera, is quick filters)
        Dialog<ButtonType> dialog = onFx(() -> {
            Dialog<ButtonType> d = window.plugins().runDialog(form, v1);
            d.show();
            return d;
        });
        Label line = onFx(() -> (Label) dialog.getDialogPane().lookup("#run-estimate"));
        Label warning = onFx(() -> (Label) dialog.getDialogPane().lookup("#run-estimate-warning"));
        Node run = onFx(() -> dialog.getDialogPane().getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> dialog.getDialogPane().lookupButton(b)).findFirst().orElseThrow());
        assertThat(onFx(line::getText)).startsWith("Estimating");
        assertThat(onFx(run::isDisabled)).as("the estimate informs, it does not gate Start").isFalse();

        waitFor("the enhance estimate", 120_000, () -> line.getText().startsWith("About") || line.getText().startsWith("No estimate"));
        String enhance = onFx(line::getText);
        assertThat(enhance).startsWith("About").contains("frames").containsIgnoringCase("cpu");
        // the warning follows the 2-minute rule whatever this CPU's speed (here it is about 6 minutes: warned)
        boolean long_ = seconds(enhance) > PluginEstimate.LONG_ON_CPU_SECONDS;
        assertThat(onFx(warning::isVisible)).as(enhance).isEqualTo(long_);
        if (long_) assertThat(onFx(warning::getText)).contains("on the CPU");

        // fidelity needs no model: a fraction of the time
        runFx(() -> form.field("mode").set("fidelity"));
        waitFor("the fidelity estimate", 120_000, () -> line.getText().startsWith("About") && !line.getText().equals(enhance));
        String fidelity = onFx(line::getText);
        assertThat(fidelity).contains("Lanczos");
        assertThat(seconds(fidelity)).isLessThan(seconds(enhance));
        assertThat(onFx(warning::isVisible)).as(fidelity).isEqualTo(seconds(fidelity) > PluginEstimate.LONG_ON_CPU_SECONDS);
        assertThat(onFx(run::isDisabled)).isFalse();
        runFx(dialog::close);
        assertThat(onFx(() -> window.model().project().timeline().tracks().getFirst().clips().getFirst().takes())).as("an estimate changes nothing")
                .hasSize(city.takes().size());
    }
}
