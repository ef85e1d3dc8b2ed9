package dev.cutroom.plugin.soundtrack.compose;

/**
 * Ticks to seconds for a score with an optional one-beat pickup (at its own tempo, so that the first
 * downbeat falls on the chosen beat phase) followed by a constant tempo. Immutable; any thread.
 *
 * @param ppq            ticks per quarter note
 * @param pickupTicks    0 or {@code ppq}
 * @param pickupSeconds  length of the pickup
 * @param beatSeconds    seconds per beat after the pickup
 */
public record TimeMap(int ppq, long pickupTicks, double pickupSeconds, double beatSeconds) {

    /** The map for a tempo and beat phase: a pickup when the phase is not 0 (one beat of 1 to 1.35 beats' length). */
    public static TimeMap of(int ppq, double bpm, double phase) {
        double beat = 60 / bpm;
        if (phase < 1e-3 || beat - phase < 1e-3) return new TimeMap(ppq, 0, 0, beat);
        double pickup = phase < 0.35 * beat ? phase + beat : phase;
        return new TimeMap(ppq, ppq, pickup, beat);
    }

    /** Seconds at a tick. Any thread. */
    public double seconds(long tick) {
        if (tick < pickupTicks) return (double) tick / pickupTicks * pickupSeconds;
        return pickupSeconds + (double) (tick - pickupTicks) / ppq * beatSeconds;
    }

    /** The tick nearest a time. Any thread. */
    public long tick(double seconds) {
        if (seconds < pickupSeconds) return Math.round(seconds / pickupSeconds * pickupTicks);
        return pickupTicks + Math.round((seconds - pickupSeconds) / beatSeconds * ppq);
    }

    /** Tick of the start of bar {@code bar} (0 = the first full bar after the pickup) in 4/4. Any thread. */
    public long barTick(int bar) {
        return pickupTicks + (long) bar * 4 * ppq;
    }

    /** Microseconds per quarter during the pickup (for the tempo meta-event). Any thread. */
    public int pickupMicrosPerQuarter() {
        return (int) Math.round(pickupSeconds * 1e6);
    }

    /** Microseconds per quarter after the pickup. Any thread. */
    public int microsPerQuarter() {
        return (int) Math.round(beatSeconds * 1e6);
    }

    /** Beat times in [0, duration], after the pickup and including time 0. Any thread. */
    public double[] beats(double duration) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        out.add(0.0);
        for (double t = pickupSeconds; t <= duration + 1e-9; t += beatSeconds) if (t > 0) out.add(t);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
