package dev.cutroom.assets;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.Rational;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMediaTest {
    @TempDir static Path dir;
    static List<DemoMedia.DemoFile> files;
    static double seconds;

    @BeforeAll
    static void generate() {
        long start = System.nanoTime();
        files = DemoMedia.generate(dir);
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("DemoMedia.generate took %.2f s%n", seconds);
    }

    @Test
    void generatesPlayableFilesAtThreeFrameRates() {
        assertThat(files).hasSize(4);
        List<MediaInfo> infos = files.stream().map(f -> MediaProbe.probe(f.file())).toList();
        assertThat(infos.stream().filter(MediaInfo::hasVideo).map(i -> i.video().frameRate()))
                .containsExactly(FrameRate.FPS_25, FrameRate.FPS_29_97, FrameRate.FPS_24);
        assertThat(infos).allMatch(MediaInfo::hasAudio);
        assertThat(infos.get(0).duration().toDouble()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(infos.get(0).video().frameCount()).isEqualTo(100);
        assertThat(infos.get(1).video().frameCount()).isEqualTo(120);
        assertThat(infos.get(2).video().frameCount()).isEqualTo(72);
        assertThat(infos.get(0).video().width()).isEqualTo(640);
        assertThat(infos.get(3).hasVideo()).isFalse();
        assertThat(files).allMatch(f -> !f.description().isBlank());
    }

    @Test
    void firstFileHasAHardCutAtTwoSeconds() {
        try (VideoReader reader = VideoReader.open(files.get(0).file(), VideoReader.Options.scaled(64, 36, PixelFormat.RGB24))) {
            double justBefore = difference(reader.frameAt(FrameRate.FPS_25.toSeconds(48)).copy(), reader.frameAt(FrameRate.FPS_25.toSeconds(49)));
            double acrossCut = difference(reader.frameAt(FrameRate.FPS_25.toSeconds(49)).copy(), reader.frameAt(FrameRate.FPS_25.toSeconds(50)));
            assertThat(acrossCut).isGreaterThan(4 * justBefore).isGreaterThan(20);
        }
    }

    @Test
    void presenterMovesAcrossTheFrame() {
        try (VideoReader reader = VideoReader.open(files.get(1).file(), VideoReader.Options.scaled(160, 90, PixelFormat.RGB24))) {
            assertThat(shirtCentreX(reader.frameAt(Rational.of(1, 2)))).isLessThan(shirtCentreX(reader.frameAt(Rational.of(3))));
        }
    }

    @Test
    void generationIsQuick() {
        assertThat(seconds).isLessThan(30);
    }

    private static double difference(VideoFrame a, VideoFrame b) {
        long sum = 0;
        for (int i = 0; i < a.data().capacity(); i++) sum += Math.abs((a.data().get(i) & 0xff) - (b.data().get(i) & 0xff));
        return sum / (double) a.data().capacity();
    }

    /** Mean x of the blue shirt pixels. */
    private static double shirtCentreX(VideoFrame frame) {
        long sum = 0;
        long count = 0;
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                int[] rgb = frame.rgbAt(x, y);
                if (rgb[2] > 130 && rgb[0] < 80) { sum += x; count++; }
            }
        }
        assertThat(count).isGreaterThan(20);
        return sum / (double) count;
    }
}
