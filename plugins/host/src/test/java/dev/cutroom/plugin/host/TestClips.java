package dev.cutroom.plugin.host;

import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.timeline.model.FrameRate;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small generated media and clip references for host tests. */
public final class TestClips {
    public static final int WIDTH = 64;
    public static final int HEIGHT = 48;
    public static final Fps RATE = new Fps(25, 1);

    private TestClips() {}

    /** A 25 fps video of {@code frames} frames whose brightness ramps up frame by frame. */
    public static Path rampVideo(Path file, int frames) {
        if (Files.exists(file)) return file;
        var settings = MediaWriter.VideoSettings.of(WIDTH, HEIGHT, FrameRate.FPS_25, 0.5);
        VideoFrame frame = VideoFrame.black(WIDTH, HEIGHT, PixelFormat.RGB24);
        try (MediaWriter writer = MediaWriter.open(file, settings, null, false)) {
            for (int n = 0; n < frames; n++) {
                byte level = (byte) (40 + n * 8);
                for (int i = 0; i < WIDTH * HEIGHT * 3; i++) frame.data().put(i, level);
                writer.writeVideo(frame);
            }
            writer.finish();
        }
        return file;
    }

    /** {@link #rampVideo} with a quiet 48 kHz stereo tone, so that a project links its picture and sound. */
    public static Path rampVideoWithSound(Path file, int frames) {
        if (Files.exists(file)) return file;
        var settings = MediaWriter.VideoSettings.of(WIDTH, HEIGHT, FrameRate.FPS_25, 0.5);
        VideoFrame frame = VideoFrame.black(WIDTH, HEIGHT, PixelFormat.RGB24);
        int samplesPerFrame = 48_000 / 25;
        float[] tone = new float[samplesPerFrame * 2];
        for (int i = 0; i < samplesPerFrame; i++) tone[2 * i] = tone[2 * i + 1] = (float) (0.1 * Math.sin(i * 2 * Math.PI * 440 / 48_000));
        try (MediaWriter writer = MediaWriter.open(file, settings, MediaWriter.AudioSettings.aac(48_000, 2), false)) {
            for (int n = 0; n < frames; n++) {
                byte level = (byte) (40 + n * 8);
                for (int i = 0; i < WIDTH * HEIGHT * 3; i++) frame.data().put(i, level);
                writer.writeVideo(frame);
                writer.writeAudio(tone, 0, samplesPerFrame);
            }
            writer.finish();
        }
        return file;
    }

    /** A clip using frames [start, start + count) of a 25 fps video. */
    public static ClipRef clip(String id, Path media, int startFrame, int frameCount) {
        return new ClipRef(id, "track-1", media.toAbsolutePath(), new TimeSpan(RATE.timeOf(startFrame), RATE.timeOf(frameCount)),
                ExactTime.ZERO, RATE, WIDTH, HEIGHT, 0, 0);
    }

    public static Job job(ClipRef clip, Object... params) {
        return Job.onClips(ParameterValues.of(params), clip);
    }
}
