package dev.cutroom.timeline.io;

import dev.cutroom.timeline.model.MediaItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void mediaFileResolvesAgainstTheProjectFilesFolder() {
        MediaItem relative = MediaItem.failed("m1", "clips/a.mp4", "not probed");
        MediaItem absolute = MediaItem.failed("m2", "/abs/b.mov", "not probed");
        Path projectFile = Path.of("/projects/film/cut.cutroom");
        assertThat(MediaPaths.mediaFile(projectFile, relative)).isEqualTo(Path.of("/projects/film/clips/a.mp4"));
        assertThat(MediaPaths.mediaFile(projectFile, absolute)).isEqualTo(Path.of("/abs/b.mov"));
    }

    @Test
    void loadedProjectResolvesMediaAgainstTheFolderItCameFrom(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/rich.cutroom");
        new ProjectStore().save(TestProjects.rich(), file);
        LoadedProject loaded = new ProjectStore().load(file);
        MediaItem a = loaded.project().mediaItem("media-a");
        assertThat(a.path()).isEqualTo("clips/a.mp4");
        assertThat(loaded.mediaFile(a)).isEqualTo(dir.resolve("sub/clips/a.mp4").toAbsolutePath().normalize());
        assertThat(loaded.mediaFile(loaded.project().mediaItem("media-b"))).isEqualTo(Path.of("/elsewhere/b.wav"));
    }
}
