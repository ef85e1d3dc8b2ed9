package dev.cutroom.plugin.instruct.execute;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Encodes a take: MP4 with H.264 (libopenh264, the LGPL encoder JavaCV's FFmpeg has) and AAC, set up as the media
 * engine's MediaWriter does, or, for a transparent background, QuickTime with the lossless {@code qtrle} codec in
 * ARGB (the only alpha-capable video codec of that build that every FFmpeg decodes) and AAC. Frames come from the
 * filter graph already in the encoder's pixel format ({@link #graphOutputFormat()}). Not thread-safe.
 */
public final class TakeWriter implements AutoCloseable {
    private final FFmpegFrameRecorder recorder;
    private final boolean alpha;
    private final int channels;
    private FloatBuffer staging;
    private long frames;
    private boolean finished;

    private TakeWriter(FFmpegFrameRecorder recorder, boolean alpha, int channels) {
        this.recorder = recorder;
        this.alpha = alpha;
        this.channels = channels;
    }

    /** File extension for a take: {@code mov} with alpha, {@code mp4} otherwise. */
    public static String extension(boolean alpha) {
        return alpha ? "mov" : "mp4";
    }

    /**
     * Opens the file for writing.
     *
     * @param fps        frames per second (may be fractional, e.g. 60/0.4 for interpolated slow motion)
     * @param size       picture size, or null for a take with sound only
     * @param sampleRate audio rate, or 0 for a silent take
     */
    public static TakeWriter open(Path file, FrameSize size, double fps, int sampleRate, int channels, boolean alpha) throws FFmpegFrameRecorder.Exception {
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), size == null ? 0 : size.width(), size == null ? 0 : size.height(),
                sampleRate > 0 ? channels : 0);
        r.setFormat(alpha ? "mov" : "mp4");
        r.setFrameRate(fps);
        if (size == null) {
            // sound only (an audio clip): no video stream
        } else if (alpha) {
            r.setVideoCodec(avcodec.AV_CODEC_ID_QTRLE);
            r.setPixelFormat(avutil.AV_PIX_FMT_ARGB);
        } else {
            r.setVideoCodecName("libopenh264");
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setVideoBitrate((int) Math.min(Integer.MAX_VALUE, Math.max(400_000, (long) (size.width() * (double) size.height() * fps * 0.12))));
            r.setGopSize(Math.max(1, (int) Math.round(fps * 2)));
            r.setVideoOption("allow_skip_frames", "0"); // every frame written must be encoded: durations are checked
            r.setVideoOption("rc_mode", "bitrate");
        }
        if (sampleRate > 0) {
            r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            r.setSampleRate(sampleRate);
            r.setAudioChannels(channels);
            r.setAudioBitrate(64_000 * Math.min(channels, 2));
        }
        try {
            r.start();
        } catch (FFmpegFrameRecorder.Exception | RuntimeException e) {
            releaseQuietly(r);
            throw e;
        }
        return new TakeWriter(r, alpha, channels);
    }

    /** What the filter graph must end with so frames reach the encoder without another conversion. */
    public String graphOutputFormat() {
        // planar formats come out of FFmpegFrameFilter as one contiguous buffer, even after vflip
        return alpha ? "format=gbrap" : "format=yuv420p";
    }

    /** Encodes one picture pulled from the filter graph as the next frame. */
    public void writeVideo(Frame picture) throws FFmpegFrameRecorder.Exception {
        int format = alpha ? avutil.AV_PIX_FMT_GBRAP : avutil.AV_PIX_FMT_YUV420P;
        recorder.recordImage(picture.imageWidth, picture.imageHeight, Frame.DEPTH_UBYTE, 1, picture.imageWidth, format, picture.image);
        frames++;
    }

    /** Encodes {@code count} interleaved sample frames. */
    public void writeAudio(float[] interleaved, int count) throws FFmpegFrameRecorder.Exception {
        if (count == 0) return;
        int n = count * channels;
        if (staging == null || staging.capacity() < n) {
            staging = ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        staging.clear();
        staging.put(interleaved, 0, n).flip();
        recorder.recordSamples(recorder.getSampleRate(), channels, staging);
    }

    /** Video frames written so far. */
    public long framesWritten() {
        return frames;
    }

    /** Flushes the encoders and writes the index. */
    public void finish() throws FFmpegFrameRecorder.Exception {
        finished = true;
        try {
            recorder.stop();
        } finally {
            releaseQuietly(recorder);
        }
    }

    @Override
    public void close() {
        if (!finished) releaseQuietly(recorder);
        finished = true;
    }

    private static void releaseQuietly(FFmpegFrameRecorder r) {
        try {
            r.release();
        } catch (Exception ignored) {
            // frees native memory only
        }
    }
}
