package dev.cutroom.plugin.api;

import java.io.IOException;

/**
 * Encodes a new media file. Each {@link #writeFrame} adds exactly one frame at the next frame time.
 * {@link #finish()} completes the file; closing without it abandons it. Use on the opening thread.
 */
public interface MediaFileWriter extends AutoCloseable {

    /**
     * Adds one frame of packed RGB ({@code width * height * 3} bytes, see {@link RgbFrame}). Opening thread.
     *
     * @throws IOException when encoding fails
     */
    void writeFrame(byte[] rgb) throws IOException;

    /**
     * Adds {@code frames} sample frames of interleaved floats in [-1, 1]. Opening thread.
     *
     * @throws IOException when encoding fails
     */
    void writeAudio(float[] interleaved, int frames) throws IOException;

    /** Flushes and writes the index; the file is complete afterwards. Opening thread. @throws IOException on failure */
    void finish() throws IOException;

    /** Releases the encoder (abandoning the file unless finished). Opening thread. */
    @Override
    void close();
}
