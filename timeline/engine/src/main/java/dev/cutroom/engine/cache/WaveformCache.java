package dev.cutroom.engine.cache;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.decode.AudioReader;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.Rational;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Min/max peaks of a file's audio, computed once (one pass over the whole file) and kept in a cache
 * folder in a small binary format, keyed like {@link ThumbnailCache}. Safe to call from several threads.
 */
public final class WaveformCache {
    private static final int MAGIC = 0x43525746; // "CRWF"
    private static final int VERSION = 1;
    private static final int READ_BLOCK = 8192;

    private final Path folder;

    public WaveformCache(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * @param bucketsPerSecond peaks per second of audio (e.g. 100 for a zoomed-in timeline)
     * @throws MediaException when the file has no audio or cannot be decoded
     */
    public Waveform peaks(Path media, int bucketsPerSecond) {
        if (bucketsPerSecond <= 0) throw new IllegalArgumentException("bucketsPerSecond must be positive");
        if (!Files.isRegularFile(media)) throw new MediaException(media, "file not found");
        Path file = folder.resolve(CacheKeys.of(media, "peaks|" + bucketsPerSecond) + ".peaks");
        Waveform cached = read(file, bucketsPerSecond);
        if (cached != null) return cached;
        Waveform computed = compute(media, bucketsPerSecond);
        write(file, computed);
        return computed;
    }

    private static Waveform compute(Path media, int bucketsPerSecond) {
        MediaInfo info = MediaProbe.probe(media);
        if (!info.hasAudio()) throw new MediaException(media, "has no audio stream");
        int rate = info.audio().sampleRate();
        int channels = info.audio().channels();
        int buckets = (int) Math.max(1, info.duration().times(Rational.of(bucketsPerSecond)).ceil());
        float[] min = new float[buckets];
        float[] max = new float[buckets];
        float[] block = new float[READ_BLOCK * channels];
        long sample = 0;
        try (AudioReader reader = AudioReader.open(media, rate, channels)) {
            while (true) {
                int real = reader.read(block, 0, READ_BLOCK);
                if (real == 0) break;
                for (int i = 0; i < real; i++, sample++) {
                    int bucket = (int) Math.min(buckets - 1, sample * bucketsPerSecond / rate);
                    for (int c = 0; c < channels; c++) {
                        float v = block[i * channels + c];
                        if (v < min[bucket]) min[bucket] = v;
                        if (v > max[bucket]) max[bucket] = v;
                    }
                }
                if (real < READ_BLOCK) break;
            }
        }
        return new Waveform(bucketsPerSecond, min, max);
    }

    private static Waveform read(Path file, int bucketsPerSecond) {
        if (!Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != bucketsPerSecond) return null;
            int count = in.readInt();
            float[] min = new float[count];
            float[] max = new float[count];
            for (int i = 0; i < count; i++) { min[i] = in.readFloat(); max[i] = in.readFloat(); }
            return new Waveform(bucketsPerSecond, min, max);
        } catch (IOException e) {
            return null; // damaged entry: recompute
        }
    }

    private static void write(Path file, Waveform waveform) {
        try {
            CacheKeys.writeAtomically(file, temp -> {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                    out.writeInt(MAGIC);
                    out.writeInt(VERSION);
                    out.writeInt(waveform.bucketsPerSecond());
                    out.writeInt(waveform.buckets());
                    for (int i = 0; i < waveform.buckets(); i++) { out.writeFloat(waveform.min()[i]); out.writeFloat(waveform.max()[i]); }
                }
            });
        } catch (IOException e) {
            // the disk cache is an optimisation only
        }
    }

}
