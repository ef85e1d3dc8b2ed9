package dev.cutroom.engine.render;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.TestMedia;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.cutroom.engine.Projects.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Renders without encoding, to check compositing and mixing rules one at a time. */
class TimelineRendererTest {
    static final FrameRate RATE = FrameRate.FPS_25;
    @TempDir static Path dir;
    static MediaResolver resolver;

    @BeforeAll
    static void media() {
        TestMedia.solidVideo(dir.resolve("red.mp4"), 320, 180, RATE, 25, new int[] {220, 30, 30}, 0);
        TestMedia.solidVideo(dir.resolve("square-blue.mp4"), 120, 120, RATE, 25, new int[] {30, 40, 220}, 0);
        TestMedia.tone(dir.resolve("tone.m4a"), 48000, 2, Rational.ONE, 300, 0.8);
        TestMedia.tone(dir.resolve("other.m4a"), 48000, 2, Rational.ONE, 500, 0.8);
        resolver = new MediaResolver(dir);
    }

    @Test
    void aLetterboxedClipOnTopLetsTheTrackBelowShowThroughItsBars() {
        Project p = project(timeline(RATE, 320, 180,
                        video("V1", clip("R", "red", 0, 10, Rational.ZERO)),
                        video("V2", clip("B", "blue", 0, 10, Rational.ZERO))),
                "red", "red.mp4", "blue", "square-blue.mp4");
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver)) {
            VideoFrame frame = renderer.renderVideo(3);
            assertThat(frame.rgbAt(160, 90)[2]).isGreaterThan(180);   // the square clip, centred
            assertThat(frame.rgbAt(20, 90)[0]).isGreaterThan(180);    // red from V1 beside it
            assertThat(frame.timestamp()).isEqualTo(RATE.toSeconds(3));
        }
    }

    @Test
    void aLetterboxedClipAloneGetsBlackBars() {
        Project p = project(timeline(RATE, 320, 180, video("V1", clip("B", "blue", 0, 10, Rational.ZERO))), "blue", "square-blue.mp4");
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver)) {
            VideoFrame frame = renderer.renderVideo(0);
            assertThat(frame.rgbAt(20, 90)).containsExactly(0, 0, 0);
            assertThat(frame.rgbAt(300, 10)).containsExactly(0, 0, 0);
            assertThat(frame.rgbAt(160, 90)[2]).isGreaterThan(180);
        }
    }

    @Test
    void outputSizeDiffersFromSourceSize() {
        Project p = project(timeline(RATE, 320, 180, video("V1", clip("R", "red", 0, 10, Rational.ZERO))), "red", "red.mp4");
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver, 640, 360, null)) {
            VideoFrame frame = renderer.renderVideo(0);
            assertThat(frame.width()).isEqualTo(640);
            assertThat(frame.rgbAt(600, 300)[0]).isGreaterThan(180);
        }
    }

    @Test
    void loudClipsAreHardClippedToOne() {
        Project p = project(timeline(RATE, 320, 180,
                        audio("A1", clip("T", "tone", 0, 10, Rational.ZERO).withVolume(2)),
                        audio("A2", clip("U", "tone", 0, 10, Rational.ZERO).withVolume(2))),
                "tone", "tone.m4a");
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver)) {
            float[] samples = renderer.renderAudio(5);
            int count = renderer.samplesIn(5) * 2;
            float max = 0;
            for (int i = 0; i < count; i++) max = Math.max(max, Math.abs(samples[i]));
            assertThat(max).isEqualTo(1f);
        }
    }

    @Test
    void soloPlaysOnlyTheSoloedTrack() {
        Track a1 = audio("A1", clip("T", "tone", 0, 10, Rational.ZERO).withVolume(0.5));
        Track a2 = audio("A2", clip("U", "other", 0, 10, Rational.ZERO)).withFlags(false, true, false, false);
        Project p = project(timeline(RATE, 320, 180, a1, a2), "tone", "tone.m4a", "other", "other.m4a");
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver)) {
            float[] block = new float[renderer.samplesIn(0) * 2 * 5];
            int at = 0;
            for (int f = 2; f < 7; f++) {
                float[] s = renderer.renderAudio(f);
                int n = renderer.samplesIn(f) * 2;
                System.arraycopy(s, 0, block, at, n);
                at += n;
            }
            assertThat(ExportIntegrationTest.dominantHz(java.util.Arrays.copyOf(block, at))).isCloseTo(500, offset(20.0));
            assertThat(ExportIntegrationTest.peak(java.util.Arrays.copyOf(block, at))).isCloseTo(0.8f, offset(0.06f));
        }
    }

    @Test
    void samplesPerFrameAddUpExactlyAtNtscRates() {
        Project p = project(timeline(FrameRate.FPS_29_97, 320, 180, video("V1", clip("R", "red", 0, 3000, Rational.ZERO))), "red", "red.mp4");
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver)) {
            long total = 0;
            for (long f = 0; f < 3000; f++) total += renderer.samplesIn(f);
            // 3000 frames of 1001/30000 s = 100.1 s at 48 kHz
            assertThat(total).isEqualTo(4_804_800);
            assertThat(renderer.samplesIn(0)).isBetween(1601, 1602);
        }
    }
}
