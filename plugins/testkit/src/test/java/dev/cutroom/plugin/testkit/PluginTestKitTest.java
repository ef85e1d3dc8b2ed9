package dev.cutroom.plugin.testkit;

import dev.cutroom.plugin.api.Fps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginTestKitTest {
    @TempDir
    Path dir;

    @Test
    void aFailingPluginsOwnStackTraceIsInTheFailure() {
        Path video = TestMedia.video(dir.resolve("clip.mp4"), 64, 36, new Fps(25, 1), TestMedia.solid(5, 0x808080));
        try (PluginTestKit kit = PluginTestKit.create(dir)) {
            assertThatThrownBy(() -> kit.run("test.failing", kit.job(kit.clip("clip-1", video))))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("the author's bug")
                    .hasMessageContaining("plugin stack trace")
                    .hasMessageContaining("FailingTestPlugin.deepInsideThePlugin");
        }
    }
}
