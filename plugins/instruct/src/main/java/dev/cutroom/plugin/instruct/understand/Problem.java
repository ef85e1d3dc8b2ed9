package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.OpKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A part of an instruction that did not become (all of) the plan.
 *
 * @param clause  the words concerned, as typed
 * @param reason  why, e.g. "was not understood"
 * @param closest the supported operations nearest in meaning, best first (may be empty)
 */
public record Problem(String clause, String reason, List<OpKind> closest) {

    public Problem {
        closest = List.copyOf(closest);
    }

    /** e.g. {@code 'make it pop' was not understood; closest: Saturation, Contrast, Sharpen}. */
    public String message() {
        String s = "'" + clause + "' " + reason;
        if (!closest.isEmpty()) s += "; closest: " + closest.stream().map(OpKind::label).collect(Collectors.joining(", "));
        return s;
    }
}
