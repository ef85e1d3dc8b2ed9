package dev.cutroom.engine.decode;

import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;

/** Turns FFmpeg's microsecond timestamps back into exact times. */
final class FrameTimes {
    /** Timestamps this close to the nominal frame grid are taken to be on it (pts rounding in containers). */
    private static final long SNAP_MICROS = 1000;

    private FrameTimes() {}

    /**
     * The exact time {@code index / rate} of the nominal frame nearest to {@code micros} when it lies
     * within a millisecond of it, so constant-rate media gets exact times such as 1001/30000 s;
     * otherwise (variable frame rate) the microsecond time itself.
     */
    static Rational snap(long micros, FrameRate rate) {
        Rational exact = Rational.of(micros, 1_000_000);
        long index = rate.nearestFrame(exact);
        Rational onGrid = rate.toSeconds(index);
        long distance = Math.abs(onGrid.times(Rational.of(1_000_000)).round() - micros);
        return distance <= SNAP_MICROS ? onGrid : exact;
    }
}
