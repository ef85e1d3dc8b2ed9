package dev.cutroom.plugin.api;

import java.io.IOException;

/**
 * Float samples of one clip in order (see {@link MediaAccess#readAudio} for the format).
 * Use on the thread that opened it; close it.
 */
public interface AudioSampleReader extends AutoCloseable {

    /** Samples per second per channel. Opening thread. */
    int sampleRate();

    /** Interleaved channels per sample frame. Opening thread. */
    int channels();

    /** Sample frames in the clip's source range. Opening thread. */
    long totalFrames();

    /**
     * Reads up to {@code frames} sample frames ({@code frames * channels} floats) into {@code target}
     * from index 0. Opening thread.
     *
     * @return sample frames read, 0 once the source range is exhausted
     * @throws IOException when decoding fails
     */
    int read(float[] target, int frames) throws IOException;

    /** Releases the decoder. Opening thread. */
    @Override
    void close();
}
