package dev.cutroom.plugin.host.binding;

import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.api.Widget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JobBinderTest {
    private static final ParameterSpec LUT = new ParameterSpec("lut", "LUT", "optional: a .cube file", ParameterType.FILE, null, null,
            "", "", Widget.FILE_CHOOSER, List.of());
    private static final PluginDescriptor PLUGIN = new PluginDescriptor("org.example.grade", "1", ApiVersion.CURRENT, "Grade", "",
            "org.example.Grade", List.of(), Set.of(SelectionKind.VIDEO_CLIP), List.of(), List.of(LUT), false);

    @Test
    void aRelativeFileIsTheCallersAndAnEmptyOneMeansNone() {
        Object given = JobBinder.bindParameters(PLUGIN, new ParameterValues(Map.of("lut", "looks/warm.cube"))).values().get("lut");
        assertThat(given).isEqualTo(Path.of(System.getProperty("user.dir")).resolve("looks/warm.cube"));
        assertThat(((Path) given).isAbsolute()).isTrue();
        Object absent = JobBinder.bindParameters(PLUGIN, ParameterValues.EMPTY).values().get("lut");
        assertThat(absent).hasToString("");
    }
}
