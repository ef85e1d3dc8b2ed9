package dev.cutroom.app.ui.vm;

/**
 * A sound output that plays 16-bit signed little-endian interleaved PCM at a fixed rate: a thin seam over
 * {@link javax.sound.sampled.SourceDataLine} so tests can use a line that consumes samples at a simulated rate.
 */
public interface AudioLine extends AutoCloseable {
    /** Opens a line for {@code sampleRate} Hz, {@code channels} channels, 16-bit. */
    @FunctionalInterface
    interface Factory {
        /** @throws Exception when there is no sound device (no mixer, line unavailable) */
        AudioLine open(int sampleRate, int channels) throws Exception;
    }

    /**
     * Queues bytes; blocks while the line's buffer is full. Returns early (with the bytes taken so far) when the line
     * is stopped, flushed or closed meanwhile.
     */
    int write(byte[] data, int offset, int length);

    /** Starts (or resumes) playing what is queued. */
    void start();

    /** Stops playing; what is queued stays queued. */
    void stop();

    /** Drops what is queued and not yet played. */
    void flush();

    /** Sample frames played since the line was opened (never goes back, also not on flush). */
    long framePosition();

    /** A short description for the stats overlay, such as the device name. */
    default String describe() { return "audio"; }

    @Override
    void close();
}
