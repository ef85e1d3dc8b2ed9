package dev.cutroom.engine;

import dev.cutroom.timeline.model.MediaItem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MediaResolverTest {
    final Path folder = Path.of("/projects/holiday").toAbsolutePath();
    final MediaResolver resolver = new MediaResolver(folder);

    @Test
    void relativePathsResolveAgainstTheProjectFolder() {
        assertThat(resolver.resolve(new MediaItem("m", "media/beach.mp4", null, null))).isEqualTo(folder.resolve("media/beach.mp4"));
        assertThat(resolver.resolve("../shared/music.m4a")).isEqualTo(folder.getParent().resolve("shared/music.m4a"));
    }

    @Test
    void absolutePathsStayAsTheyAre() {
        Path elsewhere = Path.of("/archive/clip.mov").toAbsolutePath();
        assertThat(resolver.resolve(elsewhere.toString())).isEqualTo(elsewhere);
    }

    @Test
    void storedPathsAreRelativeInsideTheFolderAndAbsoluteOutside() {
        assertThat(resolver.toStoredPath(folder.resolve("media/beach.mp4"))).isEqualTo("media/beach.mp4");
        Path outside = Path.of("/archive/clip.mov").toAbsolutePath();
        assertThat(resolver.toStoredPath(outside)).isEqualTo(outside.toString());
    }
}
