package dev.cutroom.plugin.instruct.execute;

import java.io.IOException;

/**
 * The pictures of the take in order: source frames placed by a {@link TimeMap}, in-between pictures from an
 * {@link Interpolator} where the position falls between frames (or the earlier frame repeated without one).
 */
public final class TakeFrames {
    private final SourceFrames source;
    private final TimeMap map;
    private final Interpolator interpolator;

    /** @param interpolator null to repeat frames */
    public TakeFrames(SourceFrames source, TimeMap map, Interpolator interpolator) {
        this.source = source;
        this.map = map;
        this.interpolator = interpolator;
    }

    /** Take frame {@code k}, a picture the caller may change. */
    public RgbImage frame(int k) throws IOException {
        double p = map.position(k);
        int i = (int) Math.floor(p + 1e-6);
        double t = p - i;
        if (t < 1e-3 || interpolator == null) return source.frame(i).copy();
        return interpolator.between(source.frame(i), source.frame(i + 1), t);
    }
}
