package dev.cutroom.plugin.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the selected clips' media and writes new media, through the host's media engine.
 * Implemented by the host. Every reader and writer belongs to the thread that opened it; close them.
 */
public interface MediaAccess {

    /**
     * The video frames of a clip's active take over its {@linkplain ClipRef#sourceRange() source range},
     * one per frame of the media's frame rate, as packed RGB bytes (see {@link RgbFrame}) scaled to the
     * requested size. Frames are as shown: the stream's rotation is applied and pixels are square, so the
     * source size is {@link ClipRef#width()} x {@link ClipRef#height()}. Job thread.
     *
     * @param width  output width, or 0 to keep the source width (or follow the aspect ratio if height is given)
     * @param height output height, or 0 likewise
     * @throws IOException when the clip has no video or its media cannot be decoded
     */
    VideoFrameReader readVideo(ClipRef clip, int width, int height) throws IOException;

    /**
     * The audio of a clip's active take over its source range, as 32-bit float samples in [-1, 1],
     * <b>interleaved</b> (L R L R for stereo), resampled to {@code sampleRate} and mixed to
     * {@code channels}. Times past the media's end read as silence. Job thread.
     *
     * @throws IOException when the clip has no audio or its media cannot be decoded
     */
    AudioSampleReader readAudio(ClipRef clip, int sampleRate, int channels) throws IOException;

    /**
     * Opens a media file for writing (MP4, H.264 video and/or AAC audio). Write to a path from
     * {@link JobContext#newOutputFile}. Job thread.
     *
     * @throws IOException when the encoder cannot start
     */
    MediaFileWriter writeMedia(Path file, OutputFormat format) throws IOException;

    /**
     * A new shot-cut detector (API 1.2): the one the host's own picture analysis uses, so every plugin finds the
     * same cuts. Job thread.
     *
     * @param sensitivity   0 (only stark cuts) to 1 (subtle ones too); 0.5 is the tuned default
     * @param minShotFrames no two cuts closer than this many frames (none in the first three frames either)
     * @throws UnsupportedOperationException in a host older than API 1.2 (a plugin that declares 1.2 never
     *                                       meets one)
     */
    default ShotCutDetector shotCutDetector(double sensitivity, int minShotFrames) {
        throw new UnsupportedOperationException("this host offers no shot-cut detector (it needs plugin API 1.2)");
    }
}
