package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.AudioSampleReader;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.MediaAccess;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.Frame;

/**
 * The take's sound: the clip's samples over its source range (sample-exact, through the host's reader), played
 * backwards when the plan reverses the clip (read in chunks from the end, so memory stays one chunk), through the
 * plan's audio filters, written alongside the pictures. Close it.
 */
public final class TakeAudio implements AutoCloseable {
    private static final int CHUNK = 16_384;
    private final MediaAccess media;
    private final ClipRef clip;
    private final boolean reverse;
    private final int channels;
    private final long total;
    private final FFmpegFrameFilter filter;
    private AudioSampleReader reader;
    private long written;
    private long pushed;
    private float[] buffer = new float[CHUNK * 8];
    private FloatBuffer staging;

    /** @param filters the audio chain from {@link AudioFilters}, or null */
    public TakeAudio(MediaAccess media, ClipRef clip, boolean reverse, String filters) throws Exception {
        this.media = media;
        this.clip = clip;
        this.reverse = reverse;
        this.channels = clip.channels();
        this.total = Math.round(clip.sourceRange().duration().toSeconds() * clip.sampleRate());
        if (filters != null) {
            filter = new FFmpegFrameFilter(filters, channels);
            filter.setSampleRate(clip.sampleRate());
            filter.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            filter.start();
        } else {
            filter = null;
        }
    }

    /** Sample frames in the take. */
    public long totalSamples() {
        return total;
    }

    /** Writes the take's sound up to sample {@code end} (exclusive). */
    public void writeUntil(long end, TakeWriter writer) throws Exception {
        long target = Math.min(end, total);
        while (pushed < target) {
            int n = (int) Math.min(CHUNK, target - pushed);
            int got = read(pushed, n);
            if (filter == null) {
                writer.writeAudio(buffer, got);
                written += got;
            } else {
                pushToFilter(got);
                pullFromFilter(writer);
            }
            pushed += got;
        }
    }

    /** Writes the rest and flushes the filters. */
    public void finish(TakeWriter writer) throws Exception {
        writeUntil(total, writer);
        if (filter != null) {
            filter.push(null);
            pullFromFilter(writer);
        }
    }

    /** Reads {@code n} sample frames of the take starting at take sample {@code from} into {@link #buffer}. */
    private int read(long from, int n) throws Exception {
        if (!reverse) {
            if (reader == null) reader = media.readAudio(clip, clip.sampleRate(), channels);
            return fill(reader, n);
        }
        // backwards: read the source chunk that ends where this part of the take begins, then flip it
        long sourceEnd = total - from;
        long sourceStart = Math.max(0, sourceEnd - n);
        int count = (int) (sourceEnd - sourceStart);
        ExactTime offset = ExactTime.of(sourceStart, clip.sampleRate());
        try (AudioSampleReader part = media.readAudio(SubClips.part(clip, offset, ExactTime.of(count, clip.sampleRate())), clip.sampleRate(), channels)) {
            int got = fill(part, count);
            for (int a = 0, b = got - 1; a < b; a++, b--) {
                for (int c = 0; c < channels; c++) {
                    float t = buffer[a * channels + c];
                    buffer[a * channels + c] = buffer[b * channels + c];
                    buffer[b * channels + c] = t;
                }
            }
            return got;
        }
    }

    private int fill(AudioSampleReader r, int n) throws Exception {
        if (buffer.length < n * channels) buffer = new float[n * channels];
        float[] part = new float[n * channels];
        int done = 0;
        while (done < n) {
            int got = r.read(part, n - done);
            if (got <= 0) break;
            System.arraycopy(part, 0, buffer, done * channels, got * channels);
            done += got;
        }
        java.util.Arrays.fill(buffer, done * channels, n * channels, 0f); // past the media's end: silence
        return n;
    }

    private void pushToFilter(int frames) throws Exception {
        int n = frames * channels;
        if (staging == null || staging.capacity() < n) staging = ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        staging.clear();
        staging.put(buffer, 0, n).flip();
        Frame f = new Frame();
        f.sampleRate = clip.sampleRate();
        f.audioChannels = channels;
        f.samples = new Buffer[] {staging};
        f.timestamp = pushed * 1_000_000L / clip.sampleRate();
        filter.push(f);
    }

    private void pullFromFilter(TakeWriter writer) throws Exception {
        for (Frame out = filter.pullSamples(); out != null; out = filter.pullSamples()) {
            FloatBuffer s = (FloatBuffer) out.samples[0];
            int frames = s.remaining() / channels;
            float[] copy = new float[frames * channels];
            s.get(s.position(), copy, 0, copy.length);
            writer.writeAudio(copy, frames);
            written += frames;
        }
    }

    @Override
    public void close() {
        if (reader != null) reader.close();
        if (filter != null) {
            try {
                filter.close();
            } catch (Exception ignored) {
                // frees native memory only
            }
        }
    }
}
