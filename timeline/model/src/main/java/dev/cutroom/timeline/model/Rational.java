package dev.cutroom.timeline.model;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact fraction {@code num/den}, always reduced, with a positive denominator.
 * Time, frame rates and speeds in the model are rationals so that cuts never drift
 * (no floating seconds, no epsilon comparisons).
 */
public record Rational(long num, long den) implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(0, 1);
    public static final Rational ONE = new Rational(1, 1);

    public Rational {
        if (den == 0) throw new ArithmeticException("denominator is zero");
        if (den < 0) { num = Math.negateExact(num); den = Math.negateExact(den); }
        long g = gcd(Math.abs(num), den);
        if (g > 1) { num /= g; den /= g; }
    }

    public static Rational of(long num, long den) { return new Rational(num, den); }
    public static Rational of(long whole) { return new Rational(whole, 1); }

    /** Parses "3", "30000/1001" or a decimal such as "0.5" or "1.25" exactly. */
    public static Rational parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.trim();
        int slash = s.indexOf('/');
        try {
            if (slash >= 0) {
                return of(Long.parseLong(s.substring(0, slash).trim()), Long.parseLong(s.substring(slash + 1).trim()));
            }
            var decimal = new java.math.BigDecimal(s);
            var unscaled = decimal.unscaledValue();
            int scale = decimal.scale();
            if (scale <= 0) return of(unscaled.multiply(BigInteger.TEN.pow(-scale)).longValueExact());
            return of(unscaled.longValueExact(), BigInteger.TEN.pow(scale).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a number or fraction: '" + text + "'", e);
        }
    }

    public Rational plus(Rational o) {
        if (den == o.den) return of(Math.addExact(num, o.num), den);
        return reduce(big(num).multiply(big(o.den)).add(big(o.num).multiply(big(den))), big(den).multiply(big(o.den)));
    }

    public Rational minus(Rational o) { return plus(o.negate()); }

    public Rational times(Rational o) {
        return reduce(big(num).multiply(big(o.num)), big(den).multiply(big(o.den)));
    }

    public Rational times(long k) { return reduce(big(num).multiply(big(k)), big(den)); }

    public Rational dividedBy(Rational o) {
        if (o.num == 0) throw new ArithmeticException("division by zero");
        return reduce(big(num).multiply(big(o.den)), big(den).multiply(big(o.num)));
    }

    public Rational negate() { return of(Math.negateExact(num), den); }

    public Rational reciprocal() { return of(den, num); }

    public int signum() { return Long.signum(num); }

    public boolean isZero() { return num == 0; }

    /** Largest whole number not greater than this value. */
    public long floor() { return Math.floorDiv(num, den); }

    /** Smallest whole number not less than this value. */
    public long ceil() { return -Math.floorDiv(-num, den); }

    /** Nearest whole number, halves away from zero. */
    public long round() {
        return signum() >= 0 ? Math.floorDiv(num * 2 + den, den * 2) : -of(-num, den).round();
    }

    public double toDouble() { return (double) num / den; }

    public Rational min(Rational o) { return compareTo(o) <= 0 ? this : o; }

    public Rational max(Rational o) { return compareTo(o) >= 0 ? this : o; }

    @Override
    public int compareTo(Rational o) {
        if (den == o.den) return Long.compare(num, o.num);
        return big(num).multiply(big(o.den)).compareTo(big(o.num).multiply(big(den)));
    }

    @Override
    public String toString() { return den == 1 ? Long.toString(num) : num + "/" + den; }

    private static Rational reduce(BigInteger n, BigInteger d) {
        BigInteger g = n.gcd(d);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) { n = n.divide(g); d = d.divide(g); }
        return of(n.longValueExact(), d.longValueExact());
    }

    private static BigInteger big(long v) { return BigInteger.valueOf(v); }

    private static long gcd(long a, long b) {
        while (b != 0) { long t = a % b; a = b; b = t; }
        return a == 0 ? 1 : a;
    }
}
