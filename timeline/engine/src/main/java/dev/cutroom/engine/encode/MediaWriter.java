package dev.cutroom.engine.encode;

import dev.cutroom.engine.FFmpegRuntime;
import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.timeline.model.FrameRate;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Encodes pictures and float audio into an MP4 file: H.264 through libopenh264 (the LGPL encoder in
 * JavaCV's default FFmpeg build; we deliberately do not ship the GPL x264 build) and AAC.
 *
 * <p>Every picture written becomes exactly one encoded frame with the next presentation time
 * ({@code n / frameRate}): the encoder is told never to skip frames. Call {@link #finish()} to flush
 * and write the index; {@link #close()} without it abandons the file (the caller deletes it).
 * Not thread-safe.
 */
public final class MediaWriter implements AutoCloseable {
    /** Encoder name in FFmpeg; the default build has no other software H.264 encoder. */
    public static final String H264_ENCODER = "libopenh264";

    /**
     * @param bitrate    target bits per second
     * @param gopFrames  frames between keyframes
     */
    public record VideoSettings(int width, int height, FrameRate rate, long bitrate, int gopFrames) {
        public VideoSettings {
            Objects.requireNonNull(rate, "rate");
            if (width <= 0 || height <= 0 || (width & 1) != 0 || (height & 1) != 0) {
                throw new IllegalArgumentException("H.264 needs a positive, even size, got " + width + "x" + height);
            }
            if (bitrate <= 0 || gopFrames <= 0) throw new IllegalArgumentException("bitrate and GOP must be positive");
        }

        /** A bitrate from bits per pixel per frame (0.1 is a good default for H.264), keyframe every 2 s. */
        public static VideoSettings of(int width, int height, FrameRate rate, double bitsPerPixel) {
            long bitrate = Math.max(100_000, Math.round(width * (double) height * rate.toDouble() * bitsPerPixel));
            int gop = Math.max(1, (int) Math.round(rate.toDouble() * 2));
            return new VideoSettings(width, height, rate, bitrate, gop);
        }
    }

    public record AudioSettings(int sampleRate, int channels, int bitrate) {
        public AudioSettings {
            if (sampleRate <= 0 || channels <= 0 || bitrate <= 0) throw new IllegalArgumentException("bad audio settings");
        }

        public static AudioSettings aac(int sampleRate, int channels) {
            return new AudioSettings(sampleRate, channels, 64_000 * Math.min(channels, 2) + 32_000 * Math.max(0, channels - 2));
        }
    }

    private final Path file;
    private final FFmpegFrameRecorder recorder;
    private final VideoSettings video;
    private final AudioSettings audio;
    private FloatBuffer audioStaging;
    private long videoFrames;
    private long audioSamples;
    private boolean finished;

    private MediaWriter(Path file, FFmpegFrameRecorder recorder, VideoSettings video, AudioSettings audio) {
        this.file = file;
        this.recorder = recorder;
        this.video = video;
        this.audio = audio;
    }

    /**
     * Opens an MP4 for writing. Either settings may be null (audio-only or silent video), not both.
     *
     * @param fastStart put the index at the front so players can start before the download ends
     *                  (costs one extra pass over the file when finishing)
     */
    public static MediaWriter open(Path file, VideoSettings video, AudioSettings audio, boolean fastStart) {
        return open(file, video, audio, fastStart, java.util.Map.of());
    }

    /**
     * {@link #open(Path, VideoSettings, AudioSettings, boolean)} with container tags ({@code comment},
     * {@code description}, {@code title}...; the MP4 muxer keeps the standard keys).
     */
    public static MediaWriter open(Path file, VideoSettings video, AudioSettings audio, boolean fastStart, java.util.Map<String, String> metadata) {
        Objects.requireNonNull(file, "file");
        if (video == null && audio == null) throw new IllegalArgumentException("nothing to write: no video and no audio");
        FFmpegRuntime.ensureInitialised();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(),
                video == null ? 0 : video.width(), video == null ? 0 : video.height(), audio == null ? 0 : audio.channels());
        recorder.setFormat("mp4");
        if (fastStart) recorder.setOption("movflags", "+faststart");
        if (metadata != null && !metadata.isEmpty()) recorder.setMetadata(new java.util.HashMap<>(metadata));
        if (video != null) configureVideo(recorder, video);
        if (audio != null) configureAudio(recorder, audio);
        try {
            recorder.start();
        } catch (Exception | Error e) {
            release(recorder);
            throw new MediaException(file, "cannot start encoding: " + message(e), e);
        }
        return new MediaWriter(file, recorder, video, audio);
    }

    private static void configureVideo(FFmpegFrameRecorder recorder, VideoSettings video) {
        recorder.setVideoCodecName(H264_ENCODER);
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(video.rate().toDouble()); // JavaCV turns this back into e.g. 30000/1001 (av_d2q)
        recorder.setVideoBitrate((int) Math.min(Integer.MAX_VALUE, video.bitrate()));
        recorder.setGopSize(video.gopFrames());
        recorder.setImageScalingFlags(swscale.SWS_BILINEAR);
        recorder.setVideoOption("allow_skip_frames", "0"); // rate control must never drop a frame
        recorder.setVideoOption("rc_mode", "bitrate");
    }

    private static void configureAudio(FFmpegFrameRecorder recorder, AudioSettings audio) {
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setSampleRate(audio.sampleRate());
        recorder.setAudioChannels(audio.channels());
        recorder.setAudioBitrate(audio.bitrate());
    }

    public Path file() { return file; }

    public long videoFramesWritten() { return videoFrames; }

    public long audioSamplesWritten() { return audioSamples; }

    /**
     * Encodes one picture as the next frame. Pictures of another size or format are converted by
     * swscale; YUV420P at the output size goes to the encoder without conversion.
     */
    public void writeVideo(VideoFrame frame) {
        if (video == null) throw new IllegalStateException("this writer has no video stream");
        ByteBuffer data = frame.data().duplicate().position(0).limit(frame.format().bufferSize(frame.width(), frame.height()));
        int channels = frame.format().isPacked() ? 3 : 1;
        int stride = frame.width() * channels;
        try {
            recorder.recordImage(frame.width(), frame.height(), Frame.DEPTH_UBYTE, channels, stride, frame.format().ffmpegId(), data);
        } catch (Exception | Error e) {
            throw new MediaException(file, "video encoding failed at frame " + videoFrames + ": " + message(e), e);
        }
        videoFrames++;
    }

    /**
     * Encodes interleaved float samples in [-1, 1] at the writer's rate and channel count.
     *
     * @param frames number of sample frames (one sample per channel each)
     */
    public void writeAudio(float[] interleaved, int offsetFrames, int frames) {
        if (audio == null) throw new IllegalStateException("this writer has no audio stream");
        if (frames == 0) return;
        int count = frames * audio.channels();
        if (audioStaging == null || audioStaging.capacity() < count) {
            audioStaging = ByteBuffer.allocateDirect(count * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        audioStaging.clear();
        audioStaging.put(interleaved, offsetFrames * audio.channels(), count).flip();
        try {
            recorder.recordSamples(audio.sampleRate(), audio.channels(), audioStaging);
        } catch (Exception | Error e) {
            throw new MediaException(file, "audio encoding failed: " + message(e), e);
        }
        audioSamples += frames;
    }

    /** Flushes the encoders and writes the file's index. The file is complete after this returns. */
    public void finish() {
        if (finished) return;
        finished = true;
        try {
            recorder.stop();
        } catch (Exception | Error e) {
            throw new MediaException(file, "finishing the file failed: " + message(e), e);
        } finally {
            release(recorder);
        }
    }

    /** Releases the encoder. Without {@link #finish()} first, the file is incomplete and should be deleted. */
    @Override
    public void close() {
        if (finished) return;
        finished = true;
        release(recorder);
    }

    private static void release(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (Exception ignored) {
            // only frees native memory
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
