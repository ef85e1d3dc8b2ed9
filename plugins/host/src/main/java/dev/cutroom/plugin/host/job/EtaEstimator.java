package dev.cutroom.plugin.host.job;

import java.time.Duration;

/**
 * Estimates time left from the average rate so far: {@code elapsed * (1 - f) / f}. Says nothing until
 * {@value #MIN_FRACTION} of the work and {@value #MIN_ELAPSED_MILLIS} ms have passed, when the rate is still
 * dominated by start-up (a worker JVM, model loading).
 */
final class EtaEstimator {
    static final double MIN_FRACTION = 0.02;
    static final long MIN_ELAPSED_MILLIS = 300;

    private EtaEstimator() {}

    /** @return the estimate, or null when too early */
    static Duration remaining(double fraction, Duration elapsed) {
        if (fraction >= 1) return Duration.ZERO;
        if (fraction < MIN_FRACTION || elapsed.toMillis() < MIN_ELAPSED_MILLIS) return null;
        return Duration.ofNanos((long) (elapsed.toNanos() * (1 - fraction) / fraction));
    }
}
