package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;

/**
 * How a plan changes a clip's playback speed. The plan's SPEED steps are relative ("twice as fast" on a clip
 * already at half speed plays it at normal speed), while a {@code Retime} output is absolute, so it carries
 * {@link #result()}.
 *
 * @param current the speed the clip plays at now ({@link ClipRef#speed()})
 * @param factor  the product of the plan's SPEED factors and of the factors its FIT_DURATION steps need (1 when none)
 * @param smooth  whether every SPEED step asks for interpolated slow motion
 */
public record SpeedChange(double current, double factor, boolean smooth) {

    public static SpeedChange of(Plan plan, ClipRef clip) {
        double factor = plan.steps(OpKind.SPEED).stream().mapToDouble(s -> s.number("factor")).reduce(1, (a, b) -> a * b);
        for (var fit : plan.steps(OpKind.FIT_DURATION)) { // the speed that makes the clip, as it will play, last that long
            double length = clip.sourceRange().duration().toSeconds() / (clip.speed() * factor);
            factor *= length / fit.number("duration");
        }
        boolean smooth = plan.steps(OpKind.SPEED).stream().allMatch(s -> s.flag("smooth"));
        return new SpeedChange(clip.speed(), factor, smooth);
    }

    /** The clip's speed after the plan: what plan times are measured at, and what a Retime sets. */
    public double result() {
        return current * factor;
    }

    /** Whether the plan changes the speed (a Retime is due). */
    public boolean changes() {
        return Math.abs(factor - 1) > 1e-9;
    }

    /**
     * Whether to make new frames by interpolation: the plan slows the clip down, asks for it smooth, and the clip
     * ends up slower than normal (slowing a double-speed clip by half just plays its frames at their own rate).
     */
    public boolean interpolates() {
        return smooth && factor < 1 - 1e-9 && result() < 1 - 1e-9;
    }
}
