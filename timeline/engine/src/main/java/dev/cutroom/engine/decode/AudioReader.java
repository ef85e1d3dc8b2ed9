package dev.cutroom.engine.decode;

import dev.cutroom.engine.FFmpegRuntime;
import dev.cutroom.engine.MediaException;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.TimeRange;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Decodes a file's first audio stream to 32-bit float PCM, <b>interleaved</b> (L R L R ... for stereo),
 * nominally in [-1, 1], at a requested sample rate and channel count. Resampling and channel
 * up/down-mixing are done by FFmpeg's swresample (through the grabber's settings); its default matrix
 * spreads mono over stereo at equal power (each channel -3 dB) and folds surround down.
 *
 * <p>Reading is sequential from a position set by {@link #seek(Rational)}. Positions are sample-exact:
 * after a seek the decoded audio is aligned to the requested time using the first packet's timestamp,
 * and everything after is contiguous. Time before the start or after the end of the audio reads as
 * silence, so callers never handle short reads. Times are media seconds from the start of the file.
 * Not thread-safe.
 */
public final class AudioReader implements AutoCloseable {
    private static final long MICROS = 1_000_000;
    /**
     * Seeks land this much early and drop the first decoded packet: transform codecs (AAC, MP3, Opus)
     * need the previous packet to reconstruct one, so the first packet after a decoder flush is garbage.
     */
    private static final long PREROLL_MICROS = 100_000;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int sampleRate;
    private final int channels;
    private final long originMicros;
    private final long audioStartMicros;

    /** Decoded samples not yet handed out (interleaved), and where they start in {@code pending}. */
    private float[] pending = new float[0];
    private int pendingStart;
    private int pendingEnd;
    /** Sample index of {@code pending[pendingStart]} when it was decoded; ahead of {@code position} means silence first. */
    private long pendingSampleIndex;
    /** Sample index (at our rate) of the next sample read() returns. */
    private long position;
    /** Set by a seek: the next decoded packet's timestamp decides how much to skip or pad. */
    private boolean alignToNextPacket;
    private boolean discardNextPacket;
    /** Whether anything was decoded since the file was opened (a fresh decoder needs no seek to reach 0). */
    private boolean decodedSinceOpen;
    private boolean endOfStream;

    private AudioReader(Path file, FFmpegFrameGrabber grabber, int sampleRate, int channels) {
        this.file = file;
        this.grabber = grabber;
        this.sampleRate = sampleRate;
        this.channels = channels;
        var format = grabber.getFormatContext();
        this.originMicros = format.start_time() == avutil.AV_NOPTS_VALUE ? 0 : format.start_time();
        var stream = format.streams(grabber.getAudioStream());
        this.audioStartMicros = stream.start_time() == avutil.AV_NOPTS_VALUE ? originMicros
                : stream.start_time() * MICROS * stream.time_base().num() / stream.time_base().den();
        this.alignToNextPacket = true;
    }

    /**
     * @param sampleRate samples per second to deliver (the source is resampled to it)
     * @param channels   channels to deliver (mono sources are duplicated, surround is downmixed)
     * @throws MediaException when the file cannot be opened or has no audio stream
     */
    public static AudioReader open(Path file, int sampleRate, int channels) {
        Objects.requireNonNull(file, "file");
        if (sampleRate <= 0 || channels <= 0) throw new IllegalArgumentException("bad audio format " + sampleRate + " Hz x" + channels);
        FFmpegRuntime.ensureInitialised();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
        grabber.setSampleRate(sampleRate);
        grabber.setAudioChannels(channels);
        grabber.setVideoStream(-1); // audio only: do not open a video decoder we would never use
        try {
            grabber.start();
        } catch (Exception | Error e) {
            close(grabber);
            throw new MediaException(file, "cannot open for audio decoding: " + VideoReader.describe(e), e);
        }
        if (!grabber.hasAudio()) {
            close(grabber);
            throw new MediaException(file, "has no audio stream");
        }
        return new AudioReader(file, grabber, sampleRate, channels);
    }

    public Path file() { return file; }

    public int sampleRate() { return sampleRate; }

    public int channels() { return channels; }

    /** Sample index (at {@link #sampleRate()}) of the next sample {@link #read} returns. */
    public long position() { return position; }

    /** Makes the next read start at {@code seconds} (may be negative or past the end: silence). */
    public void seek(Rational seconds) {
        Objects.requireNonNull(seconds, "seconds");
        position = seconds.times(Rational.of(sampleRate)).round();
        pendingStart = pendingEnd = 0;
        endOfStream = false;
        alignToNextPacket = true;
        long micros = seconds.times(Rational.of(MICROS)).floor();
        try {
            if (micros < PREROLL_MICROS) {
                // too close to the start to preroll: decode from the very beginning with a fresh decoder
                if (decodedSinceOpen) grabber.restart();
                decodedSinceOpen = false;
                discardNextPacket = false;
            } else {
                grabber.setAudioTimestamp(micros - PREROLL_MICROS + originMicros - audioStartMicros);
                discardNextPacket = true;
            }
        } catch (Exception | Error e) {
            throw new MediaException(file, "seek to " + seconds.toDouble() + " s failed: " + VideoReader.describe(e), e);
        }
    }

    /**
     * Fills {@code frames} sample frames ({@code frames * channels} floats) of {@code target} from
     * {@code offsetFrames} on, continuing where the last read ended.
     *
     * @return how many of them came from the file (the rest is silence past its end)
     */
    public int read(float[] target, int offsetFrames, int frames) {
        int done = 0;
        int fromFile = 0;
        while (done < frames) {
            if (pendingStart == pendingEnd && !decodeMore()) break;
            int available = (pendingEnd - pendingStart) / channels;
            int silenceBefore = silenceBeforePending();
            if (silenceBefore > 0) {
                int n = Math.min(silenceBefore, frames - done);
                Arrays.fill(target, (offsetFrames + done) * channels, (offsetFrames + done + n) * channels, 0f);
                done += n;
                position += n;
                continue;
            }
            int n = Math.min(available, frames - done);
            System.arraycopy(pending, pendingStart, target, (offsetFrames + done) * channels, n * channels);
            pendingStart += n * channels;
            done += n;
            fromFile += n;
            position += n;
        }
        Arrays.fill(target, (offsetFrames + done) * channels, (offsetFrames + frames) * channels, 0f);
        position += frames - done;
        return fromFile;
    }

    /** Reads the samples of a time range: {@code round(duration * rate)} frames, interleaved. */
    public float[] read(TimeRange range) {
        int frames = Math.toIntExact(range.duration().times(Rational.of(sampleRate)).round());
        float[] out = new float[frames * channels];
        seek(range.start());
        read(out, 0, frames);
        return out;
    }

    /** Samples of silence due before the pending packet: a negative seek position, or a gap before the first packet. */
    private int silenceBeforePending() {
        long gap = pendingSampleIndex - position;
        return gap > 0 ? (int) Math.min(gap, Integer.MAX_VALUE) : 0;
    }

    /** Decodes the next packet into {@code pending}; false at the end of the stream. */
    private boolean decodeMore() {
        while (!endOfStream) {
            Frame frame;
            try {
                frame = grabber.grabSamples();
            } catch (Exception | Error e) {
                throw new MediaException(file, "audio decoding failed: " + VideoReader.describe(e), e);
            }
            if (frame == null) { endOfStream = true; return false; }
            if (frame.samples == null) continue;
            decodedSinceOpen = true;
            if (discardNextPacket) { discardNextPacket = false; continue; }
            FloatBuffer samples = (FloatBuffer) frame.samples[0];
            int count = samples.remaining();
            if (count == 0) continue;
            if (pending.length < count) pending = new float[count];
            samples.get(samples.position(), pending, 0, count);
            pendingStart = 0;
            pendingEnd = count - count % channels;
            if (alignToNextPacket) {
                long first = Math.round((frame.timestamp - originMicros) * (double) sampleRate / MICROS);
                long skip = position - first;
                // a packet that starts before the requested position: drop the part before it
                int drop = (int) Math.max(0, Math.min(skip, (pendingEnd - pendingStart) / channels));
                pendingStart += drop * channels;
                pendingSampleIndex = first + drop;
                if (pendingStart == pendingEnd) continue; // entirely before the position: align on the next one
                alignToNextPacket = false;
            } else {
                pendingSampleIndex = position;
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        close(grabber);
    }

    private static void close(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // only frees native memory
        }
    }
}
