package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.engine.FFmpegRuntime;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.engine.render.TimelineRenderer;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.plan.Step;
import dev.cutroom.plugin.testkit.PluginTestKit;
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
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Takes of rotated (phone) and anamorphic clips show the same way as their originals: a 128x72 picture of four
 * coloured quarters, stored with a display rotation or 2:1 pixels, goes through a plan, and the take and the
 * original are rendered by the TimelineRenderer into 320x180; each quarter of the take must be the grey of the
 * original's colour at the same place. Black and white alone reads the file itself ({@link DirectFrames}); with
 * reverse it reads the host's RGB frames ({@link SourceFrames}).
 */
class AsShownTakeTest {
    static final int[][] QUADRANT_RGB = {{220, 30, 30}, {30, 200, 30}, {30, 40, 220}, {235, 235, 235}};
    @TempDir static Path dir;

    @BeforeAll
    static void media() {
        for (int degrees : new int[] {90, 180, 270}) quadrants(dir.resolve("turn" + degrees + ".mp4"), degrees, 1);
        quadrants(dir.resolve("anamorphic.mp4"), 0, 2);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"turn90.mp4, false, 72, 128", "turn90.mp4, true, 72, 128", "turn270.mp4, false, 72, 128",
            "turn180.mp4, false, 128, 72", "anamorphic.mp4, false, 256, 72", "anamorphic.mp4, true, 256, 72"})
    void aBlackAndWhiteTakeRendersTheSameWayUpAsItsOriginal(String name, boolean reverse, int shownWidth, int shownHeight) throws Exception {
        Path media = dir.resolve(name);
        List<Step> steps = reverse ? List.of(Step.of(OpKind.BLACK_AND_WHITE), Step.of(OpKind.REVERSE)) : List.of(Step.of(OpKind.BLACK_AND_WHITE));
        Path take;
        try (PluginTestKit kit = PluginTestKit.create(dir.resolve("kit-" + name + reverse))) {
            ClipRef clip = kit.clip("clip-1", media);
            assertThat(clip.width()).isEqualTo(shownWidth);
            assertThat(clip.height()).isEqualTo(shownHeight);
            var run = kit.run(PlanRunnerTestPlugin.ID, kit.job(clip, "plan", PlanJson.write(new Plan("", steps))));
            take = run.outputs(Output.NewTake.class).getFirst().file();
        }
        var takeInfo = MediaProbe.probeWithGeometry(take);
        assertThat(takeInfo.geometry().rotation()).as("upright pixels, no rotation tag").isZero();
        assertThat(takeInfo.geometry().isPlain()).as("square pixels").isTrue();
        assertThat(takeInfo.info().video().width()).isEqualTo(shownWidth);
        assertThat(takeInfo.info().video().height()).isEqualTo(shownHeight);

        int[][] points = quarterCentres(shownWidth, shownHeight);
        VideoFrame original = render(media), grey = render(take);
        double[] originalLuma = new double[4];
        for (int i = 0; i < 4; i++) originalLuma[i] = luma(original.rgbAt(points[i][0], points[i][1]));
        for (int i = 0; i < 4; i++) {
            int[] rgb = grey.rgbAt(points[i][0], points[i][1]);
            assertThat(Math.abs(rgb[0] - rgb[2])).as("grey").isLessThan(12);
            int nearest = 0;
            for (int j = 1; j < 4; j++) if (Math.abs(luma(rgb) - originalLuma[j]) < Math.abs(luma(rgb) - originalLuma[nearest])) nearest = j;
            assertThat(nearest).as("quarter %d of the take: luma %.0f, original's quarters %s", i, luma(rgb),
                    java.util.Arrays.toString(originalLuma)).isEqualTo(i);
        }
    }

    /** A one-clip 320x180 project of the file, rendered at its first frame. */
    private static VideoFrame render(Path file) throws Exception {
        Path folder = Files.createTempDirectory(dir, "render");
        Path copy = Files.copy(file, folder.resolve("m.mp4"));
        MediaItem item = MediaItem.probed("media-1", "m.mp4", MediaProbe.probe(copy));
        Project p = new ProjectFactory(Ids.seeded(1)).fromMedia("T", List.of(item), new ProjectFormat(FrameRate.FPS_25, 320, 180, 48_000, 2));
        try (TimelineRenderer renderer = new TimelineRenderer(p, new MediaResolver(folder))) {
            return renderer.renderVideo(2).copy();
        }
    }

    /** Centres of the four quarters of a picture of this shown size fitted into 320x180. */
    private static int[][] quarterCentres(int w, int h) {
        double scale = Math.min(320.0 / w, 180.0 / h);
        double rw = w * scale, rh = h * scale, x = (320 - rw) / 2, y = (180 - rh) / 2;
        return new int[][] {{(int) (x + rw / 4), (int) (y + rh / 4)}, {(int) (x + 3 * rw / 4), (int) (y + rh / 4)},
                {(int) (x + rw / 4), (int) (y + 3 * rh / 4)}, {(int) (x + 3 * rw / 4), (int) (y + 3 * rh / 4)}};
    }

    private static double luma(int[] rgb) {
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
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
