package dev.cutroom.engine.render;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.TestMedia;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static dev.cutroom.engine.Projects.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/**
 * Renders a small but complete project and checks the MP4 that comes out: length to the frame, frame
 * count, audio length, and what is seen and heard at chosen moments.
 */
class ExportIntegrationTest {
    static final FrameRate RATE = FrameRate.FPS_25;
    static final int[] RED = {220, 30, 30};
    static final int[] GREEN = {30, 200, 40};
    static final int[] BLUE = {30, 40, 220};
    static final int[] YELLOW = {230, 220, 30};
    static final int[] MAGENTA = {220, 30, 220};

    @TempDir static Path dir;
    static Project project;
    static Path output;
    static ExportResult result;

    @BeforeAll
    static void renderProject() {
        // sources with different sizes and rates
        TestMedia.solidVideo(dir.resolve("red.mp4"), 320, 180, FrameRate.FPS_25, 75, RED, 0);
        TestMedia.solidVideo(dir.resolve("green.mp4"), 160, 120, FrameRate.FPS_29_97, 60, GREEN, 0);
        TestMedia.solidVideo(dir.resolve("blue.mp4"), 320, 180, FrameRate.FPS_24, 48, BLUE, 0);
        TestMedia.solidVideo(dir.resolve("yellow.mp4"), 320, 180, FrameRate.FPS_25, 100, YELLOW, 0);
        TestMedia.solidVideo(dir.resolve("magenta.mp4"), 320, 180, FrameRate.FPS_25, 25, MAGENTA, 0);
        TestMedia.indexedVideo(dir.resolve("counter.mp4"), 320, 180, FrameRate.FPS_25, 100, 0);
        TestMedia.tone(dir.resolve("a440.m4a"), 48000, 2, Rational.of(3), 440, 0.5);
        TestMedia.tone(dir.resolve("a660.m4a"), 48000, 2, Rational.of(2), 660, 0.5);
        TestMedia.tone(dir.resolve("loud.m4a"), 48000, 2, Rational.of(4), 1000, 0.9);

        Clip counterAtDoubleSpeed = clip("C", "counter", 60, 25, Rational.of(2, 5)).withSpeed(Rational.of(2));
        Track v1 = video("V1", clip("A", "red", 0, 25, Rational.ZERO), clip("B", "green", 35, 25, Rational.ZERO), counterAtDoubleSpeed);
        Track v2 = video("V2", clip("D", "blue", 10, 10, Rational.ZERO), clip("E", "magenta", 40, 5, Rational.ZERO).withEnabled(false));
        Track v3hidden = video("V3", clip("Y", "yellow", 0, 85, Rational.ZERO)).withFlags(false, false, false, true);
        Track a1 = audio("A1", clip("T1", "a440", 0, 50, Rational.ZERO), clip("T2", "a440", 60, 25, Rational.ZERO).withSpeed(Rational.of(2)));
        Track a2muted = audio("A2", clip("N", "loud", 0, 85, Rational.ZERO)).withFlags(true, false, false, false);
        Track a3 = audio("A3", clip("T3", "a660", 20, 10, Rational.ZERO).withVolume(0.5));
        project = project(timeline(RATE, 320, 180, v1, v2, v3hidden, a1, a2muted, a3),
                "red", "red.mp4", "green", "green.mp4", "blue", "blue.mp4", "yellow", "yellow.mp4", "magenta", "magenta.mp4",
                "counter", "counter.mp4", "a440", "a440.m4a", "a660", "a660.m4a", "loud", "loud.m4a");

        output = dir.resolve("out/export.mp4");
        List<Double> fractions = new ArrayList<>();
        result = new Exporter(new MediaResolver(dir)).export(project, output, ExportSettings.defaults(), (f, m) -> fractions.add(f), CancelToken.NEVER);
        assertThat(fractions).isSortedAccordingTo(Double::compare);
        assertThat(fractions.getFirst()).isZero();
        assertThat(fractions.getLast()).isEqualTo(1.0);
    }

    @Test
    void lengthAndFrameCountMatchTheTimelineExactly() {
        MediaInfo info = MediaProbe.probe(output);
        assertThat(result.videoFrames()).isEqualTo(85);
        assertThat(info.video().frameCount()).isEqualTo(85);
        assertThat(info.video().frameRate()).isEqualTo(RATE);
        assertThat(info.video().width()).isEqualTo(320);
        assertThat(info.video().codec()).isEqualTo("h264");
        assertThat(info.audio().codec()).isEqualTo("aac");
        assertThat(info.audio().sampleRate()).isEqualTo(48000);
        assertThat(info.duration()).isBetween(Rational.of(85, 25), Rational.of(85, 25).plus(Rational.of(1024, 48000)));
        assertThat(countDecodedFrames(output)).isEqualTo(85);
    }

    @Test
    void audioLengthMatchesWithinOneAacFrame() throws Exception {
        long expected = 85 * 48000 / 25;
        assertThat(result.audioSamples()).isEqualTo(expected);
        assertThat(countDecodedSamples(output)).isBetween(expected - 1024, expected + 1024);
    }

    @Test
    void eachClipIsSeenWhereItBelongs() {
        try (VideoReader reader = VideoReader.open(output, VideoReader.Options.nativeSize(PixelFormat.RGB24))) {
            assertColour(reader, 5, 160, 90, RED);          // V1 clip A
            assertColour(reader, 15, 160, 90, BLUE);        // V2 clip D over A
            assertColour(reader, 22, 160, 90, RED);         // A again after D ends
            assertColour(reader, 30, 160, 90, new int[] {0, 0, 0}); // gap on V1, nothing above: black
            assertColour(reader, 38, 160, 90, GREEN);       // 4:3 clip B, centred
            assertColour(reader, 38, 10, 90, new int[] {0, 0, 0}); // its pillarbox bar
            assertColour(reader, 42, 160, 90, GREEN);       // the disabled clip E does not show
            // hidden track V3 (yellow, on top of everything) never shows: checked by every assertion above
        }
    }

    @Test
    void speedTwoClipShowsEveryOtherSourceFrame() {
        try (VideoReader reader = VideoReader.open(output, VideoReader.Options.nativeSize(PixelFormat.RGB24))) {
            for (int frame = 60; frame < 85; frame += 3) {
                // source time = 0.4 s + (frame - 60) / 25 * 2 -> source frame 10 + 2 * (frame - 60)
                int index = dev.cutroom.engine.TestMedia.readIndex(reader.frameAt(RATE.toSeconds(frame)));
                assertThat(index).as("timeline frame %d", frame).isEqualTo(10 + 2 * (frame - 60));
            }
        }
    }

    @Test
    void audioIsMixedWithVolumeMuteGapsAndSpeed() {
        try (var reader = dev.cutroom.engine.decode.AudioReader.open(output, 48000, 2)) {
            float[] toneOnly = read(reader, 2, 8);     // A1 440 Hz alone (A2 is muted)
            assertThat(dominantHz(toneOnly)).isCloseTo(440, offset(15.0));
            assertThat(peak(toneOnly)).isCloseTo(0.5f, offset(0.06f));

            float[] mixed = read(reader, 21, 8);       // + A3 660 Hz at volume 0.5
            assertThat(peak(mixed)).isBetween(0.6f, 0.8f);

            float[] gap = read(reader, 52, 6);          // all tracks in a gap, muted A2 still silent
            assertThat(peak(gap)).isLessThan(0.01f);

            float[] fast = read(reader, 64, 16);       // 440 Hz at speed 2 sounds an octave up
            assertThat(dominantHz(fast)).isCloseTo(880, offset(30.0));
        }
    }

    @Test
    void cancellingLeavesNoFile() {
        Path target = dir.resolve("cancelled/never.mp4");
        CancelToken.Flag cancel = CancelToken.flag();
        Exporter exporter = new Exporter(new MediaResolver(dir));
        assertThatThrownBy(() -> exporter.export(project, target, ExportSettings.defaults(), (f, m) -> { if (f > 0.2) cancel.cancel(); }, cancel))
                .isInstanceOf(CancelToken.CancelledException.class);
        assertThat(target).doesNotExist();
        assertThat(filesIn(target.getParent())).isEmpty();
    }

    @Test
    void theNextExportRemovesTempFilesAKilledExportLeft() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("killed"));
        Path stale = folder.resolve(".cut.mp4." + java.util.UUID.randomUUID() + ".part");
        Files.write(stale, new byte[1000]);
        Path otherTargets = folder.resolve(".other.mp4." + java.util.UUID.randomUUID() + ".part");
        Files.write(otherTargets, new byte[10]);
        Path target = folder.resolve("cut.mp4");
        new Exporter(new MediaResolver(dir)).export(project, target, ExportSettings.defaults().withRange(new dev.cutroom.timeline.model.FrameRange(0, 5)), null, null);
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("cut.mp4", otherTargets.getFileName().toString());
    }

    @Test
    void brokenMediaFailsWithItsNameAndLeavesNoFile() throws Exception {
        byte[] good = Files.readAllBytes(dir.resolve("red.mp4"));
        Files.createDirectories(dir.resolve("broken"));
        Files.write(dir.resolve("broken/half.mp4"), Arrays.copyOf(good, good.length / 2));
        Project broken = project(timeline(RATE, 320, 180, video("V1", clip("X", "half", 0, 10, Rational.ZERO))), "half", "broken/half.mp4");
        Path target = dir.resolve("broken/out.mp4");

        assertThatThrownBy(() -> new Exporter(new MediaResolver(dir)).export(broken, target, ExportSettings.defaults(), null, null))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("media 'half'")
                .hasMessageContaining("broken/half.mp4")
                .hasMessageContaining("clip 'X'");
        assertThat(filesIn(target.getParent())).containsExactly("half.mp4");
    }

    @Test
    void missingMediaFailsWithItsName() {
        Project missing = project(timeline(RATE, 320, 180, video("V1", clip("X", "gone", 0, 10, Rational.ZERO))), "gone", "gone.mp4");
        assertThatThrownBy(() -> new TimelineRenderer(missing, new MediaResolver(dir)))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("media 'gone'")
                .hasMessageContaining("not found");
    }

    static void assertColour(VideoReader reader, long frame, int x, int y, int[] expected) {
        int[] actual = reader.frameAt(RATE.toSeconds(frame)).rgbAt(x, y);
        for (int c = 0; c < 3; c++) {
            assertThat(actual[c]).as("channel %d of pixel (%d,%d) at frame %d: %s", c, x, y, frame, Arrays.toString(actual)).isCloseTo(expected[c], offset(24));
        }
    }

    static float[] read(dev.cutroom.engine.decode.AudioReader reader, long frame, long frames) {
        return reader.read(dev.cutroom.timeline.model.TimeRange.of(RATE.toSeconds(frame), RATE.toSeconds(frames)));
    }

    static float peak(float[] samples) {
        float max = 0;
        for (float v : samples) max = Math.max(max, Math.abs(v));
        return max;
    }

    /** Frequency from the zero crossings of the left channel. */
    static double dominantHz(float[] stereo) {
        int crossings = 0;
        for (int i = 2; i < stereo.length; i += 2) if ((stereo[i - 2] < 0) != (stereo[i] < 0)) crossings++;
        return crossings / 2.0 / (stereo.length / 2.0 / 48000);
    }

    static long countDecodedFrames(Path file) {
        try (VideoReader reader = VideoReader.open(file, VideoReader.Options.scaled(32, 18, PixelFormat.YUV420P))) {
            long n = 0;
            while (reader.next() != null) n++;
            return n;
        }
    }

    static long countDecodedSamples(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setSampleFormat(org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT);
            grabber.start();
            long samples = 0;
            for (Frame f; (f = grabber.grabSamples()) != null; ) samples += ((FloatBuffer) f.samples[0]).remaining() / grabber.getAudioChannels();
            return samples;
        }
    }

    static List<String> filesIn(Path folder) {
        if (!Files.exists(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
