package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.FeatureId;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.api.ext.Estimate;
import dev.cutroom.plugin.host.exec.EstimateAnswer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The estimate before Start, without a window: the typed answer a plugin returns, the warning policy, the dialog's line. */
class RunEstimateTest {

    /** The plugin's typed answer as it arrives from a worker (carried in the job's result, read back by the host). */
    private static PluginEstimate answered(double seconds, String device, boolean cpu) {
        return new PluginEstimate(EstimateAnswer.fromResult(EstimateAnswer.toResult(new Estimate(seconds, 100, device, cpu))).orElseThrow());
    }

    @Test
    void anEstimateIsReadFromThePluginsTypedAnswerAndWarnsOnlyWhenLongOnACpu() {
        PluginEstimate slow = answered(276.0, "OnnxRuntime 1.21.1 on cpu()", true);
        assertThat(slow.describe()).isEqualTo("About 4 min 36 s for 100 frames (2.76 s a frame on OnnxRuntime 1.21.1 on cpu())");
        assertThat(slow.longOnCpu()).isTrue();
        assertThat(slow.warning()).contains("4 min 36 s").contains("CPU").contains("still start");
        assertThat(answered(276.0, "OnnxRuntime on gpu(0)", false).longOnCpu()).isFalse();
        assertThat(answered(119.4, "cpu", true).longOnCpu()).as("2 minutes is the line").isFalse();
        assertThat(new PluginEstimate(new Estimate(300, 0, null, false)).onCpu()).as("no device named: not assumed a CPU").isFalse();
        assertThat(EstimateAnswer.fromResult(JobResult.builder().build())).as("no estimate").isEmpty();
        assertThatThrownBy(() -> new Estimate(Double.NaN, 0, "cpu", true)).hasMessageContaining("0 seconds or more");
        assertThatThrownBy(() -> EstimateAnswer.fromResult(JobResult.builder().note("cutroom.estimate.seconds", "soon").build()))
                .hasMessageContaining("malformed");
    }

    @Test
    void theDialogLineShowsEstimatingThenTheTimeAndDropsAnAnswerToAnOldRequest() {
        List<CompletableFuture<PluginEstimate>> asked = new ArrayList<>();
        RunEstimate line = new RunEstimate(values -> {
            CompletableFuture<PluginEstimate> f = new CompletableFuture<>();
            asked.add(f);
            return f;
        }, Runnable::run);

        line.request(Map.of("mode", "enhance"));
        assertThat(line.busyProperty().get()).isTrue();
        assertThat(line.textProperty().get()).startsWith("Estimating");
        line.request(Map.of("mode", "fidelity")); // the form changed: the first is cancelled, its answer ignored
        assertThat(asked.getFirst()).isCancelled();
        asked.get(1).complete(new PluginEstimate(4, 100, "Java (Lanczos-3) on the CPU", true));
        assertThat(line.busyProperty().get()).isFalse();
        assertThat(line.textProperty().get()).startsWith("About 4 s for 100 frames");
        assertThat(line.warningProperty().get()).isEmpty();

        line.request(Map.of("mode", "enhance"));
        asked.get(2).complete(new PluginEstimate(600, 100, "OnnxRuntime on cpu()", true));
        assertThat(line.warningProperty().get()).contains("10 min 0 s");
        assertThat(line.latest().seconds()).isEqualTo(600);

        line.request(Map.of());
        asked.get(3).completeExceptionally(new IllegalStateException("model missing"));
        assertThat(line.textProperty().get()).isEqualTo("No estimate: model missing");
        assertThat(line.warningProperty().get()).isEmpty();

        line.request(Map.of());
        line.cancel(); // the dialog closed
        assertThat(asked.get(4)).isCancelled();
        assertThat(line.busyProperty().get()).isFalse();
    }

    @Test
    void aPluginEstimatesWhenItDeclaresTheFeatureAndItsFormHasNoHiddenSwitch() {
        ParameterSpec scale = ParameterSpec.choice("scale", "Scale", List.of("2", "4"), "2");
        PluginDescriptor estimating = new PluginDescriptor("org.example.up", "1", ApiVersion.CURRENT, "Up", "", "org.example.Up",
                List.of(FeatureId.parse("cutroom.estimate/1")), Set.of(SelectionKind.VIDEO_CLIP), List.of(), List.of(scale), false);
        assertThat(PluginEstimates.supports(estimating)).isTrue();
        assertThat(new ParameterForm(estimating).fields()).extracting(ParameterForm.Field::id).containsExactly("scale");

        PluginDescriptor plain = new PluginDescriptor("org.example.up", "1", ApiVersion.CURRENT, "Up", "", "org.example.Up",
                List.of(), Set.of(SelectionKind.VIDEO_CLIP), List.of(), List.of(scale), false);
        assertThat(PluginEstimates.supports(plain)).isFalse();
        assertThat(new ParameterForm(plain).fields()).extracting(ParameterForm.Field::id).containsExactly("scale");
    }
}
