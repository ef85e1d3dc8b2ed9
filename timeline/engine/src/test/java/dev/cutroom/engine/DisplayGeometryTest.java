package dev.cutroom.engine;

import dev.cutroom.engine.cache.ThumbnailCache;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.engine.render.TimelineRenderer;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static dev.cutroom.engine.Projects.*;
import static dev.cutroom.engine.TestMedia.QUADRANT_RGB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotated (phone) and anamorphic media are shown as their metadata says: upright, and with the display
 * aspect ratio. Generated 128x72 pictures with four coloured quarters tell which way a picture was turned.
 */
class DisplayGeometryTest {
    static final FrameRate RATE = FrameRate.FPS_25;
    static final int RED = 0, GREEN = 1, BLUE = 2, WHITE = 3;
    @TempDir static Path dir;

    @BeforeAll
    static void media() {
        for (int degrees : new int[] {0, 90, 180, 270}) TestMedia.quadrants(dir.resolve("turn" + degrees + ".mp4"), 128, 72, RATE, 10, degrees, 1);
        TestMedia.quadrants(dir.resolve("anamorphic.mp4"), 128, 72, RATE, 10, 0, 2);
    }

    /** Stored corner colours (TL, TR, BL, BR) as they appear after turning the picture clockwise. */
    static int[] cornersAfter(int degrees) {
        return switch (degrees) {
            case 0 -> new int[] {RED, GREEN, BLUE, WHITE};
            case 90 -> new int[] {BLUE, RED, WHITE, GREEN};
            case 180 -> new int[] {WHITE, BLUE, GREEN, RED};
            case 270 -> new int[] {GREEN, WHITE, RED, BLUE};
            default -> throw new IllegalArgumentException();
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void probeReadsTheRotationAndReadersTurnThePictureUpright(int degrees) {
        Path file = dir.resolve("turn" + degrees + ".mp4");
        DisplayGeometry geometry = MediaProbe.probeWithGeometry(file).geometry();
        assertThat(geometry.rotation()).isEqualTo(degrees);
        assertThat(MediaProbe.probe(file).video().rotation()).isEqualTo(degrees);

        for (PixelFormat format : PixelFormat.values()) {
            try (VideoReader reader = VideoReader.open(file, VideoReader.Options.nativeSize(format).asShown())) {
                VideoFrame frame = reader.frameAt(Rational.ZERO);
                boolean portrait = degrees == 90 || degrees == 270;
                assertThat(frame.width()).as(format.name()).isEqualTo(portrait ? 72 : 128);
                assertThat(frame.height()).as(format.name()).isEqualTo(portrait ? 128 : 72);
                assertCorners(frame, 0, 0, frame.width(), frame.height(), cornersAfter(degrees));
            }
        }
        try (VideoReader stored = VideoReader.open(file, VideoReader.Options.nativeSize(PixelFormat.RGB24))) {
            VideoFrame frame = stored.frameAt(Rational.ZERO);
            assertThat(frame.width()).isEqualTo(128);
            assertCorners(frame, 0, 0, 128, 72, cornersAfter(0)); // without asShown() the picture stays as stored
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 270})
    void aQuarterTurnedClipIsPillarboxedUprightInTheRender(int degrees) {
        Project p = project(timeline(RATE, 320, 180, video("V1", clip("C", "m", 0, 5, Rational.ZERO))), "m", "turn" + degrees + ".mp4");
        try (TimelineRenderer renderer = new TimelineRenderer(p, new MediaResolver(dir))) {
            VideoFrame frame = renderer.renderVideo(1);
            // 72x128 as shown, fitted into 320x180: 102x180 in the middle (x 108..210), black beside it
            assertThat(frame.rgbAt(40, 90)).containsExactly(0, 0, 0);
            assertThat(frame.rgbAt(280, 90)).containsExactly(0, 0, 0);
            assertCorners(frame, 108, 0, 102, 180, cornersAfter(degrees));
        }
    }

    @Test
    void aHalfTurnedClipFillsTheFrameUpsideDown() {
        Project p = project(timeline(RATE, 320, 180, video("V1", clip("C", "m", 0, 5, Rational.ZERO))), "m", "turn180.mp4");
        try (TimelineRenderer renderer = new TimelineRenderer(p, new MediaResolver(dir))) {
            assertCorners(renderer.renderVideo(0), 0, 0, 320, 180, cornersAfter(180));
        }
    }

    @Test
    void thumbnailsOfRotatedMediaAreUpright() {
        ThumbnailCache cache = new ThumbnailCache(dir.resolve("thumbs"), 4);
        BufferedImage thumb = cache.thumbnail(dir.resolve("turn90.mp4"), Rational.ZERO, 200, 200);
        assertThat(thumb.getWidth()).isBetween(112, 113);
        assertThat(thumb.getHeight()).isEqualTo(200);
        int[] rgb = rgb(thumb.getRGB(thumb.getWidth() / 4, thumb.getHeight() / 4));
        assertClose(rgb, QUADRANT_RGB[BLUE]);
    }

    @Test
    void anamorphicMediaIsFittedByItsDisplayAspectNotItsStoredSize() {
        Path file = dir.resolve("anamorphic.mp4");
        DisplayGeometry geometry = MediaProbe.probeWithGeometry(file).geometry();
        assertThat(geometry.sampleAspect()).isEqualTo(Rational.of(2));
        assertThat(geometry.displayWidth()).isEqualTo(256);
        assertThat(geometry.displayHeight()).isEqualTo(72);

        // stored 128x72 is 16:9 and would fill the frame; shown 256x72 it is letterboxed to 320x90 (y 44..134)
        Project p = project(timeline(RATE, 320, 180, video("V1", clip("C", "m", 0, 5, Rational.ZERO))), "m", "anamorphic.mp4");
        try (TimelineRenderer renderer = new TimelineRenderer(p, new MediaResolver(dir))) {
            VideoFrame frame = renderer.renderVideo(0);
            assertThat(frame.rgbAt(160, 20)).containsExactly(0, 0, 0);
            assertThat(frame.rgbAt(160, 160)).containsExactly(0, 0, 0);
            assertCorners(frame, 0, 44, 320, 90, cornersAfter(0));
        }
        try (VideoReader reader = VideoReader.open(file, VideoReader.Options.fitWithin(100, 100, PixelFormat.RGB24).asShown())) {
            assertThat(reader.width()).isEqualTo(100);
            assertThat(reader.height()).isEqualTo(28);
        }
    }

    /** Checks the colour at the centre of each quarter of the rectangle {@code x, y, w, h} of a frame. */
    static void assertCorners(VideoFrame frame, int x, int y, int w, int h, int[] expected) {
        int[][] points = {{x + w / 4, y + h / 4}, {x + 3 * w / 4, y + h / 4}, {x + w / 4, y + 3 * h / 4}, {x + 3 * w / 4, y + 3 * h / 4}};
        for (int i = 0; i < 4; i++) {
            int[] rgb = frame.rgbAt(points[i][0], points[i][1]);
            assertClose(rgb, QUADRANT_RGB[expected[i]]);
        }
    }

    static void assertClose(int[] actual, int[] expected) {
        for (int c = 0; c < 3; c++) {
            assertThat(Math.abs(actual[c] - expected[c])).as("rgb %s, expected about %s", java.util.Arrays.toString(actual),
                    java.util.Arrays.toString(expected)).isLessThan(30);
        }
    }

    static int[] rgb(int argb) {
        return new int[] {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
    }
}
