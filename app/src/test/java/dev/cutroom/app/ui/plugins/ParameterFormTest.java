package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.Colour;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.api.Widget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The form of a plugin, built from its descriptor, without a window: every parameter type, defaults, coercion errors. */
class ParameterFormTest {
    static PluginDescriptor everyType(boolean takesInstruction) {
        List<ParameterSpec> params = List.of(
                new ParameterSpec("strength", "Strength", "How much", ParameterType.NUMBER, 0.0, 1.0, 0.5, "", Widget.SLIDER, null),
                new ParameterSpec("scale", "Scale", "", ParameterType.INTEGER, 2.0, 4.0, 2L, "x", Widget.SPINNER, null),
                ParameterSpec.bool("keepAudio", "Keep audio", true),
                ParameterSpec.choice("mode", "Mode", List.of("fast", "best"), "best"),
                new ParameterSpec("title", "Title", "", ParameterType.TEXT, null, null, "Hello", "", Widget.TEXT_FIELD, null),
                new ParameterSpec("tint", "Tint", "", ParameterType.COLOUR, null, null, "#ff8800", "", Widget.COLOUR_PICKER, null),
                new ParameterSpec("lut", "LUT file", "", ParameterType.FILE, null, null, "look.cube", "", Widget.FILE_CHOOSER, null));
        return new PluginDescriptor("org.example.all", "1.0.0", ApiVersion.CURRENT, "All types", "Every parameter type",
                "org.example.All", List.of(), Set.of(SelectionKind.VIDEO_CLIP), List.of(), params, takesInstruction);
    }

    @Test
    void everyParameterGetsAFieldFilledWithItsDefault() {
        ParameterForm form = new ParameterForm(everyType(false));

        assertThat(form.fields()).extracting(ParameterForm.Field::id).containsExactly("strength", "scale", "keepAudio", "mode", "title", "tint", "lut");
        assertThat(form.fields()).extracting(ParameterForm.Field::type).containsExactly(ParameterType.values());
        assertThat(form.isValid()).isTrue();
        assertThat(form.errorProperty().get()).isEmpty();
        Map<String, Object> values = form.values();
        assertThat(values).containsEntry("strength", 0.5).containsEntry("scale", 2L).containsEntry("keepAudio", true)
                .containsEntry("mode", "best").containsEntry("title", "Hello").containsEntry("tint", new Colour(255, 136, 0))
                .containsEntry("lut", Path.of("look.cube"));
        assertThat(form.field("scale").label()).isEqualTo("Scale (x)");
        assertThat(form.field("strength").rangeText()).isEqualTo("0 – 1");
        assertThat(form.field("strength").text()).isEqualTo("0.5");
        assertThat(form.takesInstruction()).isFalse();
        assertThat(form.instruction()).isNull();
    }

    @Test
    void valuesAsControlsProduceThemAreCoerced() {
        ParameterForm form = new ParameterForm(everyType(false));
        form.field("strength").set(" 0.75 ");   // text field, typed
        form.field("scale").set(3.0);           // slider
        form.field("keepAudio").set(false);     // check box
        form.field("mode").set("fast");         // drop-down
        form.field("title").set("  spaced  ");  // text stays as typed
        form.field("tint").set("#0a0b0c");      // colour picker
        form.field("lut").set("/tmp/film.cube");

        assertThat(form.isValid()).isTrue();
        assertThat(form.values()).containsEntry("strength", 0.75).containsEntry("scale", 3L).containsEntry("keepAudio", false)
                .containsEntry("mode", "fast").containsEntry("title", "  spaced  ").containsEntry("tint", new Colour(10, 11, 12))
                .containsEntry("lut", Path.of("/tmp/film.cube"));
    }

    @Test
    void coercionErrorsAreShownPerFieldAndBlockTheForm() {
        ParameterForm form = new ParameterForm(everyType(false));

        form.field("strength").set("1.5");
        assertThat(form.field("strength").error()).contains("Strength").contains("above the maximum");
        assertThat(form.isValid()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo(form.field("strength").error());
        assertThatThrownBy(form::values).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strength");

        form.field("strength").set("abc");
        assertThat(form.field("strength").error()).contains("Strength");
        form.field("strength").set("");
        assertThat(form.field("strength").error()).contains("a value is needed");
        form.field("scale").set("2.5");
        assertThat(form.field("scale").error()).contains("Scale");
        form.field("scale").set("9");
        assertThat(form.field("scale").error()).contains("above the maximum");
        form.field("keepAudio").set("maybe");
        assertThat(form.field("keepAudio").error()).contains("not a boolean");
        form.field("mode").set("slow");
        assertThat(form.field("mode").error()).contains("not one of [fast, best]");
        form.field("tint").set("orange");
        assertThat(form.field("tint").error()).startsWith("Tint: ");
        assertThat(form.fields().stream().filter(f -> !f.isValid()).map(ParameterForm.Field::id))
                .containsExactly("strength", "scale", "keepAudio", "mode", "tint");

        form.field("strength").set(0.25);
        assertThat(form.field("strength").isValid()).isTrue();
        assertThat(form.errorProperty().get()).isEqualTo(form.field("scale").error()); // the next problem

        form.reset();
        assertThat(form.isValid()).isTrue();
        assertThat(form.values()).containsEntry("strength", 0.5).containsEntry("mode", "best");
    }

    @Test
    void anInstructionIsAskedForWhenThePluginTakesOne() {
        ParameterForm form = new ParameterForm(everyType(true));
        assertThat(form.takesInstruction()).isTrue();
        assertThat(form.isValid()).isFalse();
        assertThat(form.errorProperty().get()).isEqualTo("All types needs an instruction");

        form.instructionProperty().set("  make it warmer ");
        assertThat(form.isValid()).isTrue();
        assertThat(form.instruction()).isEqualTo("make it warmer");
    }

    @Test
    void theExamplePluginsFormComesFromItsDescriptor() {
        PluginCatalog catalog = PluginCatalog.discover();
        PluginCatalog.Row shotcut = catalog.row(PluginUiTestSupport.SHOTCUT);
        assertThat(shotcut.loadable()).isTrue();
        assertThat(shotcut.menuText()).isEqualTo("Detect shot cuts…");
        ParameterForm form = new ParameterForm(shotcut.descriptor());
        assertThat(form.fields()).extracting(ParameterForm.Field::label).containsExactly("Sensitivity", "Shortest shot (s)");
        assertThat(form.values()).containsEntry("sensitivity", 0.5).containsEntry("minShot", 0.5);
        assertThat(shotcut.whyNot(0)).isEqualTo("Select one or more clips first");
        assertThat(shotcut.whyNot(2)).isEmpty();
    }
}
