package dev.cutroom.plugin.host.media;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.decode.AudioReader;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.plugin.api.AudioSampleReader;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.api.MediaFileWriter;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.api.ShotCutDetector;
import dev.cutroom.plugin.api.VideoFrameReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link MediaAccess} through the media engine (FFmpeg). Frames are as shown: turned by the stream's rotation
 * (phone footage comes upright) and with square pixels (anamorphic pictures are stretched to their display
 * aspect), so their size is the {@link ShownSize} a {@link ClipRef} carries, and a take written from them needs
 * no rotation tag or sample aspect ratio. Stateless; readers and writers are per thread.
 */
public final class EngineMediaAccess implements MediaAccess {
    /** Bits per pixel per frame for plugin outputs: higher than export defaults, outputs get edited further. */
    private static final double OUTPUT_BITS_PER_PIXEL = 0.2;

    @Override
    public VideoFrameReader readVideo(ClipRef clip, int width, int height) throws IOException {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size " + width + "x" + height);
        try {
            return new EngineVideoFrameReader(VideoReader.open(clip.mediaFile(), VideoReader.Options.scaled(width, height, PixelFormat.RGB24).asShown()), clip);
        } catch (MediaException e) {
            throw new IOException("clip " + clip.clipId() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public AudioSampleReader readAudio(ClipRef clip, int sampleRate, int channels) throws IOException {
        try {
            return new EngineAudioSampleReader(AudioReader.open(clip.mediaFile(), sampleRate, channels), clip);
        } catch (MediaException e) {
            throw new IOException("clip " + clip.clipId() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public MediaFileWriter writeMedia(Path file, OutputFormat format) throws IOException {
        var video = format.hasVideo()
                ? MediaWriter.VideoSettings.of(format.width(), format.height(), Times.frameRate(format.frameRate()), OUTPUT_BITS_PER_PIXEL)
                : null;
        var audio = format.hasAudio() ? MediaWriter.AudioSettings.aac(format.sampleRate(), format.channels()) : null;
        try {
            return new EngineMediaFileWriter(MediaWriter.open(file, video, audio, false), format);
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public ShotCutDetector shotCutDetector(double sensitivity, int minShotFrames) {
        return new EngineShotCutDetector(sensitivity, minShotFrames);
    }
}
