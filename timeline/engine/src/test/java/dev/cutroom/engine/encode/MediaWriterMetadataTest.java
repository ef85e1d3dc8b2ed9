package dev.cutroom.engine.encode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.engine.FFmpegRuntime;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.FrameRate;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Container tags reach the MP4 (used to mark exports that contain generated material). */
class MediaWriterMetadataTest {
    @TempDir
    Path dir;

    @Test
    void tagsAreWrittenIntoTheContainerAndSurviveFastStart() throws Exception {
        Path file = dir.resolve("tagged.mp4");
        var video = MediaWriter.VideoSettings.of(32, 32, FrameRate.FPS_25, 0.2);
        try (MediaWriter writer = MediaWriter.open(file, video, null, true, Map.of("comment", "Contains generated material", "title", "T"))) {
            VideoFrame frame = VideoFrame.black(32, 32, PixelFormat.RGB24);
            for (int i = 0; i < 3; i++) writer.writeVideo(frame);
            writer.finish();
        }
        FFmpegRuntime.ensureInitialised();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            assertThat(grabber.getMetadata()).containsEntry("comment", "Contains generated material").containsEntry("title", "T");
            grabber.stop();
        }
    }

    @Test
    void exportSettingsKeepTagsThroughEveryWither() {
        ExportSettings s = ExportSettings.defaults().withMetadata(Map.of("comment", "x"))
                .withRange(new FrameRange(0, 10)).withSize(64, 36).withQuality(ExportSettings.Quality.HIGH).withFastStart(false);
        assertThat(s.metadata()).containsExactly(Map.entry("comment", "x"));
        assertThat(ExportSettings.defaults().metadata()).isEmpty();
    }
}
