package dev.cutroom.engine;

import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.Rational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaProbeTest {
    @TempDir Path dir;

    @Test
    void reportsExactNtscRateDurationAndFrameCount() {
        Path file = TestMedia.indexedVideo(dir.resolve("ntsc.mp4"), 160, 90, FrameRate.FPS_29_97, 45, 0);

        MediaInfo info = MediaProbe.probe(file);

        assertThat(info.container()).contains("mp4");
        assertThat(info.video().frameRate()).isEqualTo(new FrameRate(30000, 1001));
        assertThat(info.duration()).isEqualTo(Rational.of(45 * 1001, 30000));
        assertThat(info.video().frameCount()).isEqualTo(45);
        assertThat(info.video().width()).isEqualTo(160);
        assertThat(info.video().height()).isEqualTo(90);
        assertThat(info.video().codec()).isEqualTo("h264");
        assertThat(info.video().rotation()).isZero();
        assertThat(info.hasAudio()).isFalse();
    }

    @Test
    void reportsAudioStreamAndWholeRates() {
        Path file = TestMedia.indexedVideo(dir.resolve("pal.mp4"), 320, 180, FrameRate.FPS_25, 50, 440);

        MediaInfo info = MediaProbe.probe(file);

        assertThat(info.video().frameRate()).isEqualTo(FrameRate.FPS_25);
        assertThat(info.video().frameCount()).isEqualTo(50);
        assertThat(info.audio().sampleRate()).isEqualTo(48000);
        assertThat(info.audio().channels()).isEqualTo(2);
        assertThat(info.audio().codec()).isEqualTo("aac");
        // the longest stream counts; AAC may end up to one 1024-sample frame after the video
        assertThat(info.duration()).isBetween(Rational.of(2), Rational.of(2).plus(Rational.of(1024, 48000)));
    }

    @Test
    void probesAudioOnlyFiles() {
        Path file = TestMedia.tone(dir.resolve("tone.m4a"), 44100, 1, Rational.of(1), 440, 0.5);

        MediaInfo info = MediaProbe.probe(file);

        assertThat(info.hasVideo()).isFalse();
        assertThat(info.audio().sampleRate()).isEqualTo(44100);
        assertThat(info.audio().channels()).isEqualTo(1);
        assertThat(info.duration().toDouble()).isBetween(0.99, 1.03);
    }

    @Test
    void readsClockwiseRotationFromTheDisplayMatrix() throws Exception {
        FFmpegRuntime.ensureInitialised();
        Path file = dir.resolve("portrait.mp4");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 64, 36, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libopenh264");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setFrameRate(24);
            recorder.setDisplayRotation(90); // FFmpeg angles are counter-clockwise
            recorder.start();
            Frame frame = new Frame(64, 36, Frame.DEPTH_UBYTE, 3);
            for (int i = 0; i < 5; i++) recorder.record(frame);
            recorder.stop();
        }

        assertThat(MediaProbe.probe(file).video().rotation()).isEqualTo(270);
    }

    @Test
    void missingFileIsAMediaExceptionNamingTheFile() {
        Path missing = dir.resolve("nope.mp4");
        assertThatThrownBy(() -> MediaProbe.probe(missing))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found");
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        assertThatThrownBy(() -> MediaProbe.probe(empty))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("empty");
    }

    @Test
    void garbageBytesAreRejected() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.mp4"), noise);
        assertThatThrownBy(() -> MediaProbe.probe(garbage))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(garbage.toString());
    }

    @Test
    void textFileWithVideoExtensionIsRejected() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "Shopping list\n- eggs\n- milk\n".repeat(50), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MediaProbe.probe(text))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(text.toString());
    }

    @Test
    void truncatedFileIsRejected() throws Exception {
        Path good = TestMedia.indexedVideo(dir.resolve("good.mp4"), 160, 90, FrameRate.FPS_25, 25, 440);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.mp4"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> MediaProbe.probe(truncated))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(truncated.toString());
    }

    @Test
    void truncatedFastStartFileIsRejected() throws Exception {
        // index at the front: the header parses, but the frames are gone
        Path good = dir.resolve("faststart.mp4");
        var settings = dev.cutroom.engine.encode.MediaWriter.VideoSettings.of(160, 90, FrameRate.FPS_25, 0.3);
        try (var writer = dev.cutroom.engine.encode.MediaWriter.open(good, settings, null, true)) {
            var frame = dev.cutroom.engine.decode.VideoFrame.black(160, 90, dev.cutroom.engine.decode.PixelFormat.BGR24);
            for (int i = 0; i < 25; i++) writer.writeVideo(frame);
            writer.finish();
        }
        byte[] bytes = Files.readAllBytes(good);
        int moov = indexOf(bytes, "moov".getBytes(StandardCharsets.US_ASCII));
        int mdat = indexOf(bytes, "mdat".getBytes(StandardCharsets.US_ASCII));
        assertThat(moov).isLessThan(mdat);
        Path truncated = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(bytes, mdat + 8));
        assertThatThrownBy(() -> MediaProbe.probe(truncated))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(truncated.toString());
    }

    @Test
    void directoryIsRejected() {
        assertThatThrownBy(() -> MediaProbe.probe(dir)).isInstanceOf(MediaException.class).hasMessageContaining("not a regular file");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

}
