package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.AudioLine;

/**
 * A sound card without a sound card: consumes queued samples at {@code rate} per second of real time while
 * started, stalls when nothing is queued (an underrun, counted), and blocks writers while its buffer is full.
 * For measuring playback on machines without audio (CI, this one).
 */
final class RealTimeAudioLine implements AudioLine {
    private final int rate, bytesPerFrame;
    private final long capacity;
    private long written, consumed, last;
    private double fraction;
    private boolean running, closed;
    private int flushGen;
    long underrunNanos;

    RealTimeAudioLine(int rate, int channels, double bufferSeconds) {
        this.rate = rate;
        this.bytesPerFrame = channels * 2;
        this.capacity = (long) (rate * bufferSeconds);
    }

    private void advance() {
        long now = System.nanoTime();
        if (running) {
            double can = (now - last) * (double) rate / 1e9 + fraction;
            long n = (long) can;
            fraction = can - n;
            long queued = written - consumed;
            if (n > queued) {
                underrunNanos += (long) ((n - queued) * 1e9 / rate);
                n = queued;
                fraction = 0;
            }
            consumed += n;
        }
        last = now;
    }

    @Override
    public int write(byte[] data, int offset, int length) {
        int done = 0;
        int gen;
        synchronized (this) { gen = flushGen; }
        while (done < length) {
            synchronized (this) {
                if (closed || gen != flushGen) return done;
                advance();
                long room = capacity - (written - consumed);
                if (room > 0) {
                    int frames = (int) Math.min(room, (length - done) / bytesPerFrame);
                    written += frames;
                    done += frames * bytesPerFrame;
                    continue;
                }
            }
            try { Thread.sleep(2); } catch (InterruptedException e) { Thread.currentThread().interrupt(); return done; }
        }
        return done;
    }

    @Override public synchronized void start() { advance(); running = true; last = System.nanoTime(); }

    @Override public synchronized void stop() { advance(); running = false; }

    @Override public synchronized void flush() { advance(); written = consumed; flushGen++; }

    @Override public synchronized long framePosition() { advance(); return consumed; }

    @Override public String describe() { return "simulated audio " + rate / 1000 + " kHz"; }

    @Override public synchronized void close() { closed = true; }
}
