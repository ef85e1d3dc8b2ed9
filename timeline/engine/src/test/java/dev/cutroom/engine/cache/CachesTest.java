package dev.cutroom.engine.cache;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.TestMedia;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class CachesTest {
    @TempDir Path dir;

    @Test
    void thumbnailsFitTheBoxShowTheRightFrameAndAreCachedInMemoryAndOnDisk() throws Exception {
        Path media = TestMedia.indexedVideo(dir.resolve("counter.mp4"), 320, 180, FrameRate.FPS_25, 50, 0);
        Path cacheFolder = dir.resolve("thumbs");
        ThumbnailCache cache = new ThumbnailCache(cacheFolder, 8);

        BufferedImage thumb = cache.thumbnail(media, Rational.of(1), 200, 200);
        assertThat(thumb.getWidth()).isEqualTo(200);
        assertThat(thumb.getHeight()).isEqualTo(113); // 16:9 inside a square box
        assertThat(indexOf(thumb)).isEqualTo(25);
        assertThat(cache.thumbnail(media, Rational.of(1), 200, 200)).isSameAs(thumb);
        assertThat(pngs(cacheFolder)).isEqualTo(1);

        BufferedImage fromDisk = new ThumbnailCache(cacheFolder, 8).thumbnail(media, Rational.of(1), 200, 200);
        assertThat(fromDisk).isNotSameAs(thumb);
        assertThat(indexOf(fromDisk)).isEqualTo(25);
        assertThat(pngs(cacheFolder)).isEqualTo(1);

        assertThat(indexOf(cache.thumbnail(media, Rational.of(3, 2), 200, 200))).isEqualTo(37);
        assertThat(pngs(cacheFolder)).isEqualTo(2);
    }

    @Test
    void aChangedFileGetsFreshThumbnails() throws Exception {
        Path media = TestMedia.solidVideo(dir.resolve("clip.mp4"), 160, 90, FrameRate.FPS_25, 10, new int[] {200, 30, 30}, 0);
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 8);
        assertThat((cache.thumbnail(media, Rational.ZERO, 64, 64).getRGB(32, 18) >> 16) & 0xff).isGreaterThan(150);

        TestMedia.solidVideo(media, 160, 90, FrameRate.FPS_25, 10, new int[] {30, 30, 200}, 0);
        Files.setLastModifiedTime(media, FileTime.fromMillis(Files.getLastModifiedTime(media).toMillis() + 5000));
        assertThat(cache.thumbnail(media, Rational.ZERO, 64, 64).getRGB(32, 18) & 0xff).isGreaterThan(150);
    }

    @Test
    void memoryIsBounded() {
        Path media = TestMedia.indexedVideo(dir.resolve("counter.mp4"), 160, 90, FrameRate.FPS_25, 20, 0);
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 3);
        for (int i = 0; i < 6; i++) cache.thumbnail(media, FrameRate.FPS_25.toSeconds(i), 32, 32);
        assertThat(cache.memorySize()).isEqualTo(3);
    }

    @Test
    void waveformPeaksFollowTheAudioAndAreStoredOnDisk() throws Exception {
        Path media = TestMedia.tone(dir.resolve("tone.m4a"), 48000, 2, Rational.of(1), 220, 0.5);
        Path cacheFolder = dir.resolve("peaks");

        Waveform waveform = new WaveformCache(cacheFolder).peaks(media, 50);
        assertThat(waveform.buckets()).isBetween(50, 52);
        for (int i = 1; i < 49; i++) {
            assertThat(waveform.max()[i]).as("max of bucket %d", i).isCloseTo(0.5f, offset(0.05f));
            assertThat(waveform.min()[i]).as("min of bucket %d", i).isCloseTo(-0.5f, offset(0.05f));
        }
        try (Stream<Path> files = Files.list(cacheFolder)) {
            assertThat(files.filter(p -> p.toString().endsWith(".peaks")).count()).isEqualTo(1);
        }
        Waveform again = new WaveformCache(cacheFolder).peaks(media, 50);
        assertThat(again.max()).containsExactly(waveform.max());
        assertThat(again.min()).containsExactly(waveform.min());
    }

    @Test
    void silentMediaHasNoWaveform() {
        Path media = TestMedia.solidVideo(dir.resolve("silent.mp4"), 64, 36, FrameRate.FPS_25, 5, new int[] {0, 0, 0}, 0);
        assertThatThrownBy(() -> new WaveformCache(dir.resolve("peaks")).peaks(media, 10)).isInstanceOf(MediaException.class).hasMessageContaining("no audio");
    }

    /** Reads the binary frame number from a scaled-down indexed frame. */
    private static int indexOf(BufferedImage image) {
        int band = image.getWidth() / TestMedia.BITS;
        int value = 0;
        for (int bit = 0; bit < TestMedia.BITS; bit++) {
            int rgb = image.getRGB(bit * band + band / 2, image.getHeight() / 2);
            if ((rgb & 0xff) > 128) value |= 1 << bit;
        }
        return value;
    }

    private static long pngs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".png")).count();
        }
    }
}
