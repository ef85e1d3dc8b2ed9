package dev.cutroom.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSpecTest {

    @Test
    void coercesCommandLineTextToEachType() {
        assertThat(ParameterSpec.number("gain", "Gain", -12, 12, 0, "dB").coerce("-3.5")).isEqualTo(-3.5);
        assertThat(ParameterSpec.integer("scale", "Scale", 2, 4, 2, "x").coerce("3")).isEqualTo(3L);
        assertThat(ParameterSpec.bool("fast", "Fast", false).coerce("yes")).isEqualTo(true);
        assertThat(ParameterSpec.choice("mode", "Mode", List.of("a", "b"), "a").coerce("b")).isEqualTo("b");
        var colour = new ParameterSpec("tint", null, null, ParameterType.COLOUR, null, null, "#FF8000", null, null, null);
        assertThat(colour.defaultValue()).isEqualTo(new Colour(255, 128, 0));
        var file = new ParameterSpec("lut", null, null, ParameterType.FILE, null, null, "/tmp/a.cube", null, null, null);
        assertThat(file.coerce("/x/y.cube")).isEqualTo(Path.of("/x/y.cube"));
    }

    @Test
    void integersAcceptWholeNumbersOfAnyBoxButNotFractions() {
        var spec = ParameterSpec.integer("n", "N", 0, 10, 1, "");
        assertThat(spec.coerce(7)).isEqualTo(7L);
        assertThat(spec.coerce(7.0)).isEqualTo(7L);
        assertThatThrownBy(() -> spec.coerce(7.5)).hasMessageContaining("parameter n").hasMessageContaining("whole");
    }

    @Test
    void outOfRangeAndUnknownChoiceAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ParameterSpec.number("gain", "Gain", -12, 12, 0, "dB").coerce(13))
                .hasMessageContaining("parameter gain").hasMessageContaining("maximum 12");
        assertThatThrownBy(() -> ParameterSpec.choice("mode", "Mode", List.of("a", "b"), "a").coerce("c"))
                .hasMessageContaining("not one of [a, b]");
        assertThatThrownBy(() -> ParameterSpec.bool("fast", "Fast", false).coerce("maybe")).hasMessageContaining("not a boolean");
    }

    @Test
    void textThatIsNotANumberIsRefusedInWordsNotWithTheJdksMessage() {
        assertThatThrownBy(() -> ParameterSpec.number("gain", "Gain", -12, 12, 0, "dB").coerce("loud"))
                .hasMessage("parameter gain (number): 'loud' is not a number (e.g. 0.5)");
        assertThatThrownBy(() -> ParameterSpec.integer("n", "N", 0, 10, 1, "").coerce("four"))
                .hasMessage("parameter n (integer): 'four' is not a whole number (e.g. 4)");
    }

    @Test
    void aDefaultOutsideTheRangeMakesTheSpecInvalid() {
        assertThatThrownBy(() -> ParameterSpec.number("gain", "Gain", 0, 1, 2, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above the maximum");
        assertThatThrownBy(() -> ParameterSpec.bool("Bad-Id", "x", true)).hasMessageContaining("lower camel case");
    }

    @Test
    void valuesReadBackTyped() {
        var values = ParameterValues.of("gain", 1.5, "n", 3L, "on", true, "tint", new Colour(1, 2, 3), "lut", Path.of("/a"));
        assertThat(values.number("gain")).isEqualTo(1.5);
        assertThat(values.integer("n")).isEqualTo(3);
        assertThat(values.bool("on")).isTrue();
        assertThat(values.colour("tint")).hasToString("#010203");
        assertThat(values.file("lut")).isEqualTo(Path.of("/a"));
        assertThatThrownBy(() -> values.number("missing")).hasMessageContaining("missing");
    }
}
