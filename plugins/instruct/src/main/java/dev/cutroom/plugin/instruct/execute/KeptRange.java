package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;

/**
 * The part of a clip the plan keeps, in plan seconds (timeline seconds from the clip's start). Trims apply in plan
 * order, each to what the previous ones kept: "trim 1 s from the start, then keep the first 2 s" keeps 1..3 s.
 *
 * @param from start of the kept part
 * @param to   end of the kept part
 */
public record KeptRange(double from, double to) {

    /** Applies the plan's TRIM_START, TRIM_END and KEEP_RANGE steps to a clip lasting {@code length} plan seconds. */
    public static KeptRange of(Plan plan, double length) {
        double from = 0;
        double to = length;
        for (Step s : plan.steps()) {
            switch (s.op()) {
                case TRIM_START -> from = Math.min(to, from + s.number("duration"));
                case TRIM_END -> to = Math.max(from, to - s.number("duration"));
                case KEEP_RANGE -> {
                    double a = Math.min(s.number("from"), s.number("to"));
                    double b = Math.max(s.number("from"), s.number("to"));
                    double newFrom = Math.min(to, from + a);
                    to = Math.min(to, from + b);
                    from = newFrom;
                }
                default -> { }
            }
        }
        return new KeptRange(from, to);
    }

    /** Whether it keeps the whole clip. */
    public boolean isWhole(double length) {
        return from <= 1e-9 && to >= length - 1e-9;
    }

    /** Plan seconds kept. */
    public double length() {
        return to - from;
    }
}
