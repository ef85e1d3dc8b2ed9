package dev.cutroom.plugin.host.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.engine.FFmpegRuntime;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.engine.render.TimelineRenderer;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.VideoFrameReader;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.project.ClipSelection;
import dev.cutroom.plugin.host.project.ProjectSlot;
import dev.cutroom.plugin.host.project.TimelineCommitter;
import dev.cutroom.timeline.command.History;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plugins see rotated (phone) and anamorphic media as shown: the ClipRef's size is the display size and frames
 * come upright with square pixels, so a take written from them shows like its original. Generated 128x72 pictures
 * with four coloured quarters tell which way a picture was turned.
 */
class AsShownMediaTest {
    static final int[][] QUADRANT_RGB = {{220, 30, 30}, {30, 200, 30}, {30, 40, 220}, {235, 235, 235}};
    static final int RED = 0, GREEN = 1, BLUE = 2, WHITE = 3;
    @TempDir static Path dir;

    @BeforeAll
    static void media() {
        for (int degrees : new int[] {0, 90, 180, 270}) quadrants(dir.resolve("turn" + degrees + ".mp4"), degrees, 1);
        quadrants(dir.resolve("anamorphic.mp4"), 0, 2);
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
    void aPluginGetsUprightFramesOfTheShownSize(int degrees) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("read" + degrees));
        Project p = project(folder, "turn" + degrees + ".mp4");
        ClipRef clip = selected(p, folder);
        boolean portrait = degrees % 180 != 0;
        assertThat(clip.width()).isEqualTo(portrait ? 72 : 128);
        assertThat(clip.height()).isEqualTo(portrait ? 128 : 72);
        try (VideoFrameReader frames = new EngineMediaAccess().readVideo(clip, 0, 0)) {
            assertThat(frames.width()).isEqualTo(clip.width());
            assertThat(frames.height()).isEqualTo(clip.height());
            RgbFrame f = frames.next();
            assertThat(f.width()).isEqualTo(clip.width());
            assertCorners(f.rgb(), f.width(), f.height(), cornersAfter(degrees), false);
        }
        // a size asked for is a size of the picture as shown
        try (VideoFrameReader frames = new EngineMediaAccess().readVideo(clip, 0, 64)) {
            assertThat(frames.width()).isEqualTo(portrait ? 36 : 114);
        }
    }

    @Test
    void anamorphicMediaComesWithSquarePixelsAtItsDisplayAspect() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("anamorphic"));
        ClipRef clip = selected(project(folder, "anamorphic.mp4"), folder);
        assertThat(clip.width()).isEqualTo(256);
        assertThat(clip.height()).isEqualTo(72);
        try (VideoFrameReader frames = new EngineMediaAccess().readVideo(clip, 0, 0)) {
            RgbFrame f = frames.next();
            assertThat(f.width()).isEqualTo(256);
            assertCorners(f.rgb(), 256, 72, cornersAfter(0), false);
        }
    }

    @Test
    void shownSizeFallsBackOnTheProjectsRotationWhenTheFileIsOffline() {
        var info = MediaProbe.probe(dir.resolve("turn90.mp4")).video();
        assertThat(ShownSize.of(dir.resolve("missing.mp4"), info)).isEqualTo(new ShownSize(72, 128));
    }

    @Test
    void aTakeOfAPhoneClipRendersTheSameWayUpAsItsOriginal() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("take"));
        Project before = project(folder, "turn90.mp4");
        History history = new History(before);
        Clip clip = before.timeline().tracks().getFirst().clips().getFirst();
        try (JobRunner r = JobRunner.builder(PluginRegistry.discover(null)).mode(ExecutionMode.IN_PROCESS).workRoot(folder.resolve("jobs"))
                .committer(new TimelineCommitter(ProjectSlot.of(history), new MediaResolver(folder))).build()) {
            Job job = new Job(new Selection.Clips(List.of(selected(before, folder))), ParameterValues.EMPTY, "");
            r.submit("test.invert", job).result().orTimeout(60, TimeUnit.SECONDS).join();
        }
        Project after = history.current();
        assertThat(after.timeline().tracks().getFirst().clips().getFirst().takes()).hasSize(2);
        assertThat(after.timeline().tracks().getFirst().clips().getFirst().id()).isEqualTo(clip.id());
        // 72x128 as shown, fitted into 320x180: 102x180 in the middle (x 108..210), both before and after
        VideoFrame original, inverted;
        try (TimelineRenderer renderer = new TimelineRenderer(before, new MediaResolver(folder))) {
            original = renderer.renderVideo(1);
        }
        try (TimelineRenderer renderer = new TimelineRenderer(after, new MediaResolver(folder))) {
            inverted = renderer.renderVideo(1);
        }
        assertRenderedCorners(original, cornersAfter(90), false);
        assertRenderedCorners(inverted, cornersAfter(90), true);
        assertThat(inverted.rgbAt(40, 90)).containsExactly(0, 0, 0); // still pillarboxed: the take is portrait
    }

    private static Project project(Path folder, String name) throws Exception {
        Path copy = Files.copy(dir.resolve(name), folder.resolve(name));
        MediaItem item = MediaItem.probed("media-1", name, MediaProbe.probe(copy));
        return new ProjectFactory(Ids.seeded(1)).fromMedia("T", List.of(item), new ProjectFormat(FrameRate.FPS_25, 320, 180, 48_000, 2));
    }

    private static ClipRef selected(Project p, Path folder) {
        Clip clip = p.timeline().tracks().getFirst().clips().getFirst();
        return ClipSelection.of(p, new MediaResolver(folder), List.of(clip.id())).clips().getFirst();
    }

    static void assertRenderedCorners(VideoFrame frame, int[] expected, boolean invertedColours) {
        int x = 108, w = 102, h = 180;
        int[][] points = {{x + w / 4, h / 4}, {x + 3 * w / 4, h / 4}, {x + w / 4, 3 * h / 4}, {x + 3 * w / 4, 3 * h / 4}};
        for (int i = 0; i < 4; i++) assertClose(frame.rgbAt(points[i][0], points[i][1]), QUADRANT_RGB[expected[i]], invertedColours);
    }

    static void assertCorners(byte[] rgb, int w, int h, int[] expected, boolean invertedColours) {
        int[][] points = {{w / 4, h / 4}, {3 * w / 4, h / 4}, {w / 4, 3 * h / 4}, {3 * w / 4, 3 * h / 4}};
        for (int i = 0; i < 4; i++) {
            int o = (points[i][1] * w + points[i][0]) * 3;
            assertClose(new int[] {rgb[o] & 0xff, rgb[o + 1] & 0xff, rgb[o + 2] & 0xff}, QUADRANT_RGB[expected[i]], invertedColours);
        }
    }

    static void assertClose(int[] actual, int[] expected, boolean inverted) {
        for (int c = 0; c < 3; c++) {
            int e = inverted ? 255 - expected[c] : expected[c];
            assertThat(Math.abs(actual[c] - e)).as("rgb %s, expected about %s%s", java.util.Arrays.toString(actual),
                    java.util.Arrays.toString(expected), inverted ? " inverted" : "").isLessThan(30);
        }
    }

    /** 10 frames at 25 fps of a 128x72 quadrant picture stored with a display rotation and a sample aspect ratio. */
    static void quadrants(Path file, int clockwise, double sampleAspect) {
        FFmpegRuntime.ensureInitialised();
        int width = 128, height = 72;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName(MediaWriter.H264_ENCODER);
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setFrameRate(25);
            recorder.setVideoBitrate(2_000_000);
            recorder.setDisplayRotation(-clockwise); // FFmpeg's display matrix angle is counter-clockwise
            if (sampleAspect != 1) recorder.setAspectRatio(sampleAspect);
            recorder.start();
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            ByteBuffer bgr = (ByteBuffer) frame.image[0];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int[] rgb = QUADRANT_RGB[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
                    int i = y * frame.imageStride + x * 3;
                    bgr.put(i, (byte) rgb[2]).put(i + 1, (byte) rgb[1]).put(i + 2, (byte) rgb[0]);
                }
            }
            for (int i = 0; i < 10; i++) recorder.record(frame);
            recorder.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
