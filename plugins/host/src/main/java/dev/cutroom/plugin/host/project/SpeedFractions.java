package dev.cutroom.plugin.host.project;

import dev.cutroom.timeline.model.Rational;

/**
 * A plugin's speed (a double) as the model's exact fraction with a small denominator, so that 1/3 is stored as
 * {@code 1/3} and not as 3333333333333333/10000000000000000, which would overflow the model's frame arithmetic.
 * Thread-safe (stateless).
 */
final class SpeedFractions {
    /** Largest denominator kept: finer than any speed an editor types, small enough for exact frame maths. */
    static final long MAX_DENOMINATOR = 1000;

    private SpeedFractions() {}

    /** The best approximation of {@code speed > 0} with a denominator up to {@value #MAX_DENOMINATOR} (continued fractions). */
    static Rational of(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) throw new IllegalArgumentException("speed must be positive, got " + speed);
        long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
        double x = speed;
        for (int i = 0; i < 64; i++) {
            long a = (long) Math.floor(x);
            long h2 = a * h1 + h0;
            long k2 = a * k1 + k0;
            if (k2 > MAX_DENOMINATOR) break;
            h0 = h1; h1 = h2; k0 = k1; k1 = k2;
            double fraction = x - a;
            if (fraction < 1e-12) break;
            x = 1 / fraction;
        }
        return h1 == 0 ? Rational.of(1, MAX_DENOMINATOR) : Rational.of(h1, k1);
    }
}
