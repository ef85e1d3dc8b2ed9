package dev.cutroom.app.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table of benchmark rows: what was measured, the figure, the goal, and whether it met it. */
public final class BenchTable {
    public record Row(String measure, String value, String goal, String verdict) {}

    private final List<Row> rows = new ArrayList<>();

    public void add(String measure, String value, String goal, boolean met) {
        rows.add(new Row(measure, value, goal, met ? "ok" : "MISSED"));
    }

    public void addInfo(String measure, String value) {
        rows.add(new Row(measure, value, "", ""));
    }

    public List<Row> rows() { return List.copyOf(rows); }

    public void print(PrintStream out) {
        int w0 = "measure".length(), w1 = "value".length(), w2 = "goal".length();
        for (Row r : rows) {
            w0 = Math.max(w0, r.measure.length());
            w1 = Math.max(w1, r.value.length());
            w2 = Math.max(w2, r.goal.length());
        }
        String format = "%-" + w0 + "s | %-" + w1 + "s | %-" + w2 + "s | %s%n";
        out.printf(format, "measure", "value", "goal", "");
        out.println("-".repeat(w0) + "-+-" + "-".repeat(w1) + "-+-" + "-".repeat(w2) + "-+-------");
        for (Row r : rows) out.printf(format, r.measure, r.value, r.goal, r.verdict);
    }

    /** Median and 99th percentile of nanosecond samples, in microseconds. */
    public static double[] medianAndP99Micros(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1000.0;
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1000.0;
        return new double[] {median, p99};
    }
}
