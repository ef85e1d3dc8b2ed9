package dev.cutroom.engine.decode;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.TestMedia;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoReaderTest {
    static final int FRAMES = 90;
    @TempDir static Path dir;
    static Path ntsc;
    static Path pal;

    @BeforeAll
    static void makeMedia() {
        ntsc = TestMedia.indexedVideo(dir.resolve("ntsc.mp4"), 320, 180, FrameRate.FPS_29_97, FRAMES, 0);
        pal = TestMedia.indexedVideo(dir.resolve("pal.mp4"), 320, 180, FrameRate.FPS_25, FRAMES, 440);
    }

    @Test
    void nextDeliversEveryFrameInOrderWithExactTimes() {
        try (VideoReader reader = VideoReader.open(ntsc)) {
            for (int n = 0; n < FRAMES; n++) {
                VideoFrame frame = reader.next();
                assertThat(frame).as("frame %d", n).isNotNull();
                assertThat(TestMedia.readIndex(frame)).as("index of frame %d", n).isEqualTo(n);
                assertThat(frame.timestamp()).isEqualTo(FrameRate.FPS_29_97.toSeconds(n));
            }
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void frameAtIsExactForRandomSeeksInBothDirections() {
        for (Path file : List.of(ntsc, pal)) {
            FrameRate rate = file == ntsc ? FrameRate.FPS_29_97 : FrameRate.FPS_25;
            List<Rational> times = new ArrayList<>();
            Random random = new Random(42);
            for (int i = 0; i < 40; i++) {
                int frame = random.nextInt(FRAMES);
                // exactly on the frame start, and somewhere inside the frame
                times.add(rate.toSeconds(frame));
                times.add(rate.toSeconds(frame).plus(rate.frameDuration().times(Rational.of(random.nextInt(99) + 1, 100))));
            }
            Collections.shuffle(times, random);
            try (VideoReader reader = VideoReader.open(file, VideoReader.Options.nativeSize(PixelFormat.YUV420P))) {
                for (Rational t : times) {
                    long expected = rate.frameAt(t);
                    VideoFrame frame = reader.frameAt(t);
                    assertThat(TestMedia.readIndex(frame)).as("%s at %s s", file.getFileName(), t).isEqualTo((int) expected);
                    assertThat(frame.timestamp()).isEqualTo(rate.toSeconds(expected));
                }
            }
        }
    }

    @Test
    void steppingThroughAtAnotherRatePicksTheCoveringFrame() {
        // a 24 fps timeline sampling 25 fps media: frame 0,1,2,3,4,5,... of the timeline -> floor(n*25/24)
        try (VideoReader reader = VideoReader.open(pal, VideoReader.Options.scaled(160, 90, PixelFormat.YUV420P))) {
            for (int n = 0; n < 80; n++) {
                Rational t = FrameRate.FPS_24.toSeconds(n);
                assertThat(TestMedia.readIndex(reader.frameAt(t))).as("timeline frame %d", n).isEqualTo((int) FrameRate.FPS_25.frameAt(t));
            }
        }
    }

    @Test
    void beyondTheEndHoldsTheLastFrame() {
        try (VideoReader reader = VideoReader.open(pal)) {
            assertThat(TestMedia.readIndex(reader.frameAt(Rational.of(100)))).isEqualTo(FRAMES - 1);
            assertThat(TestMedia.readIndex(reader.frameAt(Rational.ZERO))).isZero();
        }
    }

    @Test
    void scalesAndConvertsInFFmpeg() {
        try (VideoReader rgb = VideoReader.open(pal, VideoReader.Options.scaled(160, 0, PixelFormat.RGB24));
             VideoReader bgr = VideoReader.open(pal, VideoReader.Options.scaled(160, 90, PixelFormat.BGR24))) {
            VideoFrame a = rgb.frameAt(Rational.of(1));
            VideoFrame b = bgr.frameAt(Rational.of(1));
            assertThat(a.width()).isEqualTo(160);
            assertThat(a.height()).isEqualTo(90);
            assertThat(a.data().capacity()).isEqualTo(160 * 90 * 3);
            assertThat(TestMedia.readIndex(a)).isEqualTo(25);
            for (int c = 0; c < 3; c++) assertThat(a.rgbAt(10, 45)[c]).isCloseTo(b.rgbAt(10, 45)[c], org.assertj.core.data.Offset.offset(4));
            // packed RGB: byte 0 is red, BGR: byte 2 is red
            assertThat(a.data().get(0) & 0xff).isCloseTo(b.data().get(2) & 0xff, org.assertj.core.data.Offset.offset(4));

            BufferedImage image = a.toBufferedImage();
            assertThat(image.getWidth()).isEqualTo(160);
            assertThat(image.getRGB(10, 45) & 0xff).isEqualTo(a.rgbAt(10, 45)[2]);
        }
    }

    @Test
    void copyIsNotOverwrittenByTheNextRead() {
        try (VideoReader reader = VideoReader.open(pal)) {
            VideoFrame kept = reader.next().copy();
            reader.next();
            reader.next();
            assertThat(TestMedia.readIndex(kept)).isZero();
        }
    }

    @Test
    void openingBrokenOrAudioOnlyFilesFailsWithTheFileName() throws Exception {
        Path text = Files.writeString(dir.resolve("readme.mp4"), "not a video");
        assertThatThrownBy(() -> VideoReader.open(text)).isInstanceOf(MediaException.class).hasMessageContaining("readme.mp4");
        Path tone = TestMedia.tone(dir.resolve("tone.m4a"), 48000, 2, Rational.of(1, 2), 440, 0.5);
        assertThatThrownBy(() -> VideoReader.open(tone)).isInstanceOf(MediaException.class).hasMessageContaining("no video");
    }
}
