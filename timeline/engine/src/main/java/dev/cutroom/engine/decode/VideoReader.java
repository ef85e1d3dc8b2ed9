package dev.cutroom.engine.decode;

import dev.cutroom.engine.DisplayGeometry;
import dev.cutroom.engine.FFmpegRuntime;
import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.StreamRates;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Frame-accurate video decoding of one file, with scaling and pixel conversion done by FFmpeg's swscale.
 *
 * <p>{@link #frameAt(Rational)} returns the frame <em>covering</em> a time: the last frame whose
 * presentation time is not after it. Reading forward in small steps decodes forward without seeking,
 * so playing a clip through costs one decode per frame; a jump back or far ahead seeks with
 * {@code setVideoTimestamp} (to the keyframe before, then decodes forward) and verifies the frame.
 *
 * <p>Times are media seconds measured from the start of the file (the container's start time is 0).
 * Returned frames are {@link PixelFormat tightly packed} and reused by the next call on this reader.
 * Frames come as stored (sideways phone footage stays sideways, anamorphic pictures keep their stored
 * aspect) unless the options ask for {@link Options#upright() upright} pictures, as the renderer and the
 * thumbnails do; see {@link DisplayGeometry}.
 * Not thread-safe: one reader per thread.
 */
public final class VideoReader implements AutoCloseable {
    /** A jump forward longer than this seeks instead of decoding every frame in between. */
    private static final long FORWARD_SEEK_MICROS = 1_000_000;
    private static final long MICROS = 1_000_000;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int width;
    private final int height;
    private final PixelFormat format;
    private final DisplayGeometry geometry;
    /** Degrees to turn each decoded picture (0 unless upright was asked for). */
    private final int turn;
    private final FrameRotator rotator;
    private final FrameRate frameRate;
    private final long originMicros;
    private final long videoStartMicros;

    /** The frame last returned (when valid) and the one decoded after it: one frame of look-ahead. */
    private DecodedFrame current;
    private DecodedFrame ahead;
    private boolean aheadReady;
    private boolean endOfStream;

    /**
     * How to deliver frames. A width or height of 0 keeps the source size in that dimension (or, when
     * only one is 0, follows the source aspect ratio). With {@code fitWithin}, the frame is the largest
     * size with the source's aspect ratio inside {@code width x height}.
     *
     * <p>With {@code upright}, frames are turned by the stream's rotation and sizes and aspect ratios are
     * those of the picture as shown (turned, sample aspect ratio applied): a 1920x1080 phone clip rotated
     * 90 degrees delivers 1080x1920 at its native size, a 1440x1080 picture with 4:3 pixels 1920x1080.
     * Without it, everything is in stored pixels.
     */
    public record Options(int width, int height, PixelFormat format, boolean fitWithin, boolean upright) {
        public Options {
            Objects.requireNonNull(format, "format");
            if (width < 0 || height < 0) throw new IllegalArgumentException("negative size " + width + "x" + height);
            if (fitWithin && (width == 0 || height == 0)) throw new IllegalArgumentException("fitWithin needs a width and a height");
        }

        public Options(int width, int height, PixelFormat format, boolean fitWithin) { this(width, height, format, fitWithin, false); }

        /** These options delivering the picture as it is meant to be shown. */
        public Options asShown() { return new Options(width, height, format, fitWithin, true); }

        public static Options nativeSize(PixelFormat format) { return new Options(0, 0, format, false); }

        public static Options scaled(int width, int height, PixelFormat format) { return new Options(width, height, format, false); }

        public static Options fitWithin(int maxWidth, int maxHeight, PixelFormat format) { return new Options(maxWidth, maxHeight, format, true); }
    }

    private VideoReader(Path file, FFmpegFrameGrabber grabber, Options options) {
        this.file = file;
        this.grabber = grabber;
        var formatContext = grabber.getFormatContext();
        var stream = formatContext.streams(grabber.getVideoStream());
        this.geometry = DisplayGeometry.of(formatContext, stream);
        this.turn = options.upright() ? geometry.rotation() : 0;
        this.rotator = turn == 0 ? null : new FrameRotator();
        int sourceWidth = options.upright() ? geometry.displayWidth() : grabber.getImageWidth();
        int sourceHeight = options.upright() ? geometry.displayHeight() : grabber.getImageHeight();
        int w = options.width();
        int h = options.height();
        if (options.fitWithin()) {
            double scale = Math.min(w / (double) sourceWidth, h / (double) sourceHeight);
            w = Math.max(1, (int) Math.round(sourceWidth * scale));
            h = Math.max(1, (int) Math.round(sourceHeight * scale));
        } else if (w == 0 && h == 0) { w = sourceWidth; h = sourceHeight; }
        else if (w == 0) w = Math.max(1, (int) Math.round((double) sourceWidth * h / sourceHeight));
        else if (h == 0) h = Math.max(1, (int) Math.round((double) sourceHeight * w / sourceWidth));
        if (options.format() == PixelFormat.YUV420P) { w += w & 1; h += h & 1; }
        this.width = w;
        this.height = h;
        this.format = options.format();
        // the scaler works on the stored orientation; the turn comes after it
        boolean swap = turn == 90 || turn == 270;
        grabber.setImageWidth(swap ? h : w);
        grabber.setImageHeight(swap ? w : h);
        this.originMicros = formatContext.start_time() == avutil.AV_NOPTS_VALUE ? 0 : formatContext.start_time();
        this.videoStartMicros = stream.start_time() == avutil.AV_NOPTS_VALUE ? originMicros
                : stream.start_time() * MICROS * stream.time_base().num() / stream.time_base().den();
        this.frameRate = StreamRates.frameRate(formatContext, stream);
        this.current = new DecodedFrame();
        this.ahead = new DecodedFrame();
    }

    /** Opens {@code file} delivering RGB24 frames at the source size. */
    public static VideoReader open(Path file) {
        return open(file, Options.nativeSize(PixelFormat.RGB24));
    }

    /**
     * @throws MediaException when the file cannot be opened or has no video stream
     */
    public static VideoReader open(Path file, Options options) {
        Objects.requireNonNull(file, "file");
        FFmpegRuntime.ensureInitialised();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(options.format().ffmpegId());
        grabber.setImageScalingFlags(swscale.SWS_BILINEAR);
        try {
            grabber.start();
        } catch (Exception | Error e) {
            closeQuietly(grabber);
            throw new MediaException(file, "cannot open for video decoding: " + describe(e), e);
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0) {
            closeQuietly(grabber);
            throw new MediaException(file, "has no video stream");
        }
        return new VideoReader(file, grabber, options);
    }

    public Path file() { return file; }

    /** Width of delivered frames. */
    public int width() { return width; }

    /** Height of delivered frames. */
    public int height() { return height; }

    public PixelFormat format() { return format; }

    /** How the stream is meant to be shown (rotation, sample aspect ratio), whether or not it is applied. */
    public DisplayGeometry geometry() { return geometry; }

    /** The stream's nominal frame rate. */
    public FrameRate frameRate() { return frameRate; }

    /**
     * The frame covering {@code seconds}: the last one presented at or before it. Before the first
     * frame this is the first frame; after the last, the last.
     *
     * @throws MediaException when decoding fails
     */
    public VideoFrame frameAt(Rational seconds) {
        Objects.requireNonNull(seconds, "seconds");
        long targetMicros = seconds.times(Rational.of(MICROS)).floor();
        if (needsSeek(seconds, targetMicros)) seek(seconds, targetMicros);
        while (true) {
            DecodedFrame next = peek();
            if (next == null || next.time.compareTo(seconds) > 0) break;
            advance();
        }
        if (!current.valid) {
            // the target lies before the first frame we could reach: show the earliest one
            if (peek() == null) throw new MediaException(file, "no video frame could be decoded near " + seconds.toDouble() + " s");
            advance();
        }
        return current.asFrame();
    }

    /**
     * The next frame in presentation order after the last one returned (the first frame on a new reader),
     * or null at the end of the stream.
     */
    public VideoFrame next() {
        if (peek() == null) return null;
        advance();
        return current.asFrame();
    }

    private boolean needsSeek(Rational seconds, long targetMicros) {
        if (!current.valid) {
            if (aheadReady) return false; // just positioned by a seek, or a fresh reader that peeked
            return endOfStream || targetMicros > FORWARD_SEEK_MICROS;
        }
        if (seconds.compareTo(current.time) < 0) return true;
        return targetMicros - current.micros > FORWARD_SEEK_MICROS;
    }

    /** Seeks so that the next decoded frame is at or before the target, stepping back if FFmpeg overshoots. */
    private void seek(Rational seconds, long targetMicros) {
        long backoff = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            // the last attempt starts from the very beginning, which always reaches the target
            long position = attempt == 3 ? 0 : Math.max(0, targetMicros - backoff + originMicros - videoStartMicros);
            try {
                grabber.setVideoTimestamp(position);
            } catch (Exception | Error e) {
                throw new MediaException(file, "seek to " + seconds.toDouble() + " s failed: " + describe(e), e);
            }
            current.valid = false;
            aheadReady = false;
            endOfStream = false;
            DecodedFrame first = peek();
            if (position == 0 || (first != null && first.time.compareTo(seconds) <= 0)) return;
            backoff = backoff == 0 ? FORWARD_SEEK_MICROS : backoff * 4;
        }
    }

    /** The frame after {@link #current}, decoding it if needed; null at the end. */
    private DecodedFrame peek() {
        if (aheadReady) return ahead;
        if (endOfStream) return null;
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (Exception | Error e) {
            throw new MediaException(file, "video decoding failed: " + describe(e), e);
        }
        if (frame == null || frame.image == null) {
            endOfStream = true;
            return null;
        }
        ahead.fill(frame, frame.timestamp - originMicros);
        aheadReady = true;
        return ahead;
    }

    private void advance() {
        DecodedFrame previous = current;
        current = ahead;
        ahead = previous;
        aheadReady = false;
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // releasing native memory; nothing useful to report
        }
    }

    static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One decoded picture held by the reader. */
    private final class DecodedFrame {
        final ByteBuffer pixels = ByteBuffer.allocateDirect(format.bufferSize(width, height));
        /** The stored-orientation picture before it is turned; only rotated readers have one. */
        final ByteBuffer unturned = turn == 0 ? null : ByteBuffer.allocateDirect(format.bufferSize(width, height));
        long micros;
        Rational time;
        boolean valid;

        void fill(Frame frame, long mediaMicros) {
            if (turn == 0) {
                FrameCopier.copy((AVFrame) frame.opaque, width, height, format, pixels);
            } else {
                boolean swap = turn == 90 || turn == 270;
                int storedWidth = swap ? height : width, storedHeight = swap ? width : height;
                FrameCopier.copy((AVFrame) frame.opaque, storedWidth, storedHeight, format, unturned);
                rotator.rotate(unturned, storedWidth, storedHeight, format, turn, pixels);
            }
            micros = mediaMicros;
            time = FrameTimes.snap(mediaMicros, frameRate);
            valid = true;
        }

        VideoFrame asFrame() {
            return new VideoFrame(width, height, format, pixels, time);
        }
    }
}
