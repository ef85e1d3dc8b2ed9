package dev.cutroom.plugin.api;

import java.io.IOException;

/** Frames of one clip in order. Use on the thread that opened it; close it. */
public interface VideoFrameReader extends AutoCloseable {

    /** Width of every frame. Opening thread. */
    int width();

    /** Height of every frame. Opening thread. */
    int height();

    /** The media's frame rate. Opening thread. */
    Fps frameRate();

    /** How many frames the source range holds (the frames {@link #next()} will return). Opening thread. */
    long frameCount();

    /**
     * The next frame, or null after the last one. The returned frame's array may be reused by the next
     * call. Opening thread.
     *
     * @throws IOException when decoding fails
     */
    RgbFrame next() throws IOException;

    /** Releases the decoder. Opening thread. */
    @Override
    void close();
}
