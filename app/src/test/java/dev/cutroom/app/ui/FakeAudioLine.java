package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.AudioLine;

import java.util.ArrayList;
import java.util.List;

/**
 * A sound line without a device: a buffer of {@code capacity} sample frames that the test drains with
 * {@link #play(long)} (simulated time), so the position is known exactly. Records what was written.
 */
final class FakeAudioLine implements AudioLine {
    private final int capacity;
    private final int bytesPerFrame;
    private long queued, consumed;
    private boolean running, closed;
    int starts, stops, flushes;
    /** The first 16-bit sample of every write since the last flush (left channel), in order. */
    final List<Short> heads = new ArrayList<>();
    private final List<Short> queue = new ArrayList<>(); // first left sample of each queued sample frame

    FakeAudioLine(int capacityFrames, int channels) {
        this.capacity = capacityFrames;
        this.bytesPerFrame = channels * 2;
    }

    @Override
    public synchronized int write(byte[] data, int offset, int length) {
        int done = 0;
        int gen = flushes;
        while (done < length) {
            if (closed || gen != flushes) break;
            long room = capacity - queued;
            if (room <= 0) {
                try { wait(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); break; }
                continue;
            }
            int frames = (int) Math.min(room, (length - done) / bytesPerFrame);
            for (int i = 0; i < frames; i++) {
                int o = offset + done + i * bytesPerFrame;
                queue.add((short) ((data[o] & 0xff) | data[o + 1] << 8));
            }
            if (done == 0) heads.add(queue.get(queue.size() - frames));
            queued += frames;
            done += frames * bytesPerFrame;
            notifyAll();
        }
        return done;
    }

    /** Plays up to {@code frames} queued sample frames (only while started); returns how many were played. */
    synchronized long play(long frames) {
        if (!running) return 0;
        long n = Math.min(frames, queued);
        queued -= n;
        consumed += n;
        queue.subList(0, (int) n).clear();
        notifyAll();
        return n;
    }

    /** Waits until at least {@code frames} are queued (the audio thread renders ahead). */
    synchronized void awaitQueued(long frames, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (queued < frames) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) throw new AssertionError("only " + queued + " of " + frames + " sample frames were queued");
            wait(left);
        }
    }

    /** The left sample of the next sample frame to be played, or null when nothing is queued. */
    synchronized Short next() { return queue.isEmpty() ? null : queue.getFirst(); }

    synchronized long queued() { return queued; }

    synchronized boolean running() { return running; }

    @Override public synchronized void start() { running = true; starts++; }

    @Override public synchronized void stop() { running = false; stops++; notifyAll(); }

    @Override
    public synchronized void flush() {
        flushes++;
        queued = 0;
        queue.clear();
        notifyAll();
    }

    @Override public synchronized long framePosition() { return consumed; }

    @Override public String describe() { return "fake audio"; }

    @Override public synchronized void close() { closed = true; notifyAll(); }
}
