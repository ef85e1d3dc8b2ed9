package dev.cutroom.plugin.instruct.execute;

/** Makes an in-between picture of two frames. */
public interface Interpolator extends AutoCloseable {
    /** The picture at {@code t} (0 = {@code a}, 1 = {@code b}) between two frames of the same size. */
    RgbImage between(RgbImage a, RgbImage b, double t);

    @Override
    default void close() {}
}
