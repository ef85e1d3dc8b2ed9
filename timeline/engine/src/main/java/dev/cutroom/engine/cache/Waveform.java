package dev.cutroom.engine.cache;

/**
 * Audio peaks for drawing: for each bucket of {@code 1 / bucketsPerSecond} seconds, the smallest and
 * largest sample over all channels (in [-1, 1]).
 */
public record Waveform(int bucketsPerSecond, float[] min, float[] max) {
    public Waveform {
        if (min.length != max.length) throw new IllegalArgumentException("min and max differ in length");
    }

    public int buckets() { return min.length; }
}
