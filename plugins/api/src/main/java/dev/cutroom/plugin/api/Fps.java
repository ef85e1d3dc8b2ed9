package dev.cutroom.plugin.api;

/**
 * A frame rate as an exact fraction of frames per second, e.g. {@code 30000/1001}. Immutable; any thread.
 */
public record Fps(int num, int den) {
    public Fps {
        if (num <= 0 || den <= 0) throw new IllegalArgumentException("frame rate must be positive, got " + num + "/" + den);
    }

    /** Duration of one frame. Any thread. */
    public ExactTime frameDuration() {
        return ExactTime.of(den, num);
    }

    /** Start time of frame {@code index} counted from 0. Any thread. */
    public ExactTime timeOf(long index) {
        return ExactTime.of(Math.multiplyExact(index, (long) den), num);
    }

    /** Frames per second as a double. Any thread. */
    public double toDouble() {
        return (double) num / den;
    }

    /** {@code num/den} or the whole number. Any thread. */
    @Override
    public String toString() {
        return den == 1 ? Integer.toString(num) : num + "/" + den;
    }
}
