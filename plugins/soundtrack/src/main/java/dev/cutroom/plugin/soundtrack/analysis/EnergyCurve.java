package dev.cutroom.plugin.soundtrack.analysis;

/**
 * A curve sampled every {@code step} seconds from time 0, values 0..1; read between samples linearly and
 * held past the ends. Immutable (the array is copied); any thread.
 */
public record EnergyCurve(double step, double[] values) {
    public EnergyCurve {
        if (!(step > 0)) throw new IllegalArgumentException("step must be positive");
        values = values.clone();
    }

    /** A flat curve. Any thread. */
    public static EnergyCurve constant(double value) {
        return new EnergyCurve(1, new double[] {value});
    }

    /** The value at {@code t} seconds. Any thread. */
    public double at(double t) {
        if (values.length == 0) return 0.5;
        double x = t / step;
        if (x <= 0) return values[0];
        int i = (int) Math.floor(x);
        if (i >= values.length - 1) return values[values.length - 1];
        double f = x - i;
        return values[i] * (1 - f) + values[i + 1] * f;
    }

    /** Mean over [from, to). Any thread. */
    public double mean(double from, double to) {
        if (to <= from) return at(from);
        int n = Math.max(2, (int) Math.ceil((to - from) / (step / 2)));
        double sum = 0;
        for (int i = 0; i < n; i++) sum += at(from + (to - from) * (i + 0.5) / n);
        return sum / n;
    }
}
