package dev.cutroom.timeline.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MediaPathsTest {
    private final Path folder = Path.of("/projects/film");

    @Test
    void storesPathsInsideTheFolderRelativeAndOthersAbsolute() {
        assertThat(MediaPaths.toStored(folder, Path.of("/projects/film/a.mp4"))).isEqualTo("a.mp4");
        assertThat(MediaPaths.toStored(folder, Path.of("/projects/film/clips/day1/a.mp4"))).isEqualTo("clips/day1/a.mp4");
        assertThat(MediaPaths.toStored(folder, Path.of("/projects/other/a.mp4"))).isEqualTo("/projects/other/a.mp4");
        assertThat(MediaPaths.toStored(folder, Path.of("/projects/film/../film2/a.mp4"))).isEqualTo("/projects/film2/a.mp4");
        assertThat(MediaPaths.toStored(folder, Path.of("/projects/filmstrip/a.mp4"))).isEqualTo("/projects/filmstrip/a.mp4");
    }

    @Test
    void resolvesRelativeAgainstTheFolder() {
        assertThat(MediaPaths.resolve(folder, "clips/a.mp4")).isEqualTo(Path.of("/projects/film/clips/a.mp4"));
        assertThat(MediaPaths.resolve(folder, "../shared/a.mp4")).isEqualTo(Path.of("/projects/shared/a.mp4"));
        assertThat(MediaPaths.resolve(folder, "/abs/a.mp4")).isEqualTo(Path.of("/abs/a.mp4"));
    }
}
