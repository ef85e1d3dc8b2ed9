package dev.cutroom.plugin.api;

import java.math.BigInteger;

/**
 * Exact seconds as a reduced fraction {@code num/den} (den > 0), so that 1001/30000 s is never rounded.
 * Immutable; any thread.
 */
public record ExactTime(long num, long den) implements Comparable<ExactTime> {
    public static final ExactTime ZERO = new ExactTime(0, 1);

    public ExactTime {
        if (den == 0) throw new IllegalArgumentException("zero denominator");
        if (den < 0) { num = Math.negateExact(num); den = Math.negateExact(den); }
        long g = gcd(Math.abs(num), den);
        if (g > 1) { num /= g; den /= g; }
    }

    /** {@code num/den} seconds. Any thread. */
    public static ExactTime of(long num, long den) {
        return new ExactTime(num, den);
    }

    /** Whole seconds. Any thread. */
    public static ExactTime seconds(long seconds) {
        return new ExactTime(seconds, 1);
    }

    /** This plus {@code other}, exactly. Any thread. */
    public ExactTime plus(ExactTime other) {
        BigInteger n = big(num).multiply(big(other.den)).add(big(other.num).multiply(big(den)));
        BigInteger d = big(den).multiply(big(other.den));
        BigInteger g = n.gcd(d);
        if (g.signum() != 0) { n = n.divide(g); d = d.divide(g); }
        return new ExactTime(n.longValueExact(), d.longValueExact());
    }

    /** This minus {@code other}, exactly. Any thread. */
    public ExactTime minus(ExactTime other) {
        return plus(new ExactTime(Math.negateExact(other.num), other.den));
    }

    /** Seconds as a double, for display and arithmetic that tolerates rounding. Any thread. */
    public double toSeconds() {
        return (double) num / den;
    }

    /** -1, 0 or 1. Any thread. */
    public int signum() {
        return Long.signum(num);
    }

    /** Compares exactly. Any thread. */
    @Override
    public int compareTo(ExactTime o) {
        return big(num).multiply(big(o.den)).compareTo(big(o.num).multiply(big(den)));
    }

    /** {@code num/den} (or the whole number). Any thread. */
    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static long gcd(long a, long b) {
        while (b != 0) { long t = a % b; a = b; b = t; }
        return a;
    }
}
