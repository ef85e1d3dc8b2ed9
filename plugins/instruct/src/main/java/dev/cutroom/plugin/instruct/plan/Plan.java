package dev.cutroom.plugin.instruct.plan;

import java.util.List;
import java.util.Objects;

/**
 * What an instruction was understood to mean: operations applied in order to each selected clip. Immutable.
 *
 * @param instruction the text it came from (empty for a plan written by hand)
 * @param steps       the operations, in the order they apply
 */
public record Plan(String instruction, List<Step> steps) {

    public Plan {
        instruction = instruction == null ? "" : instruction;
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /** Whether it does nothing. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The steps of one kind. */
    public List<Step> steps(OpKind kind) {
        return steps.stream().filter(s -> s.op() == kind).toList();
    }

    /** Whether any step is of one of these kinds. */
    public boolean has(OpKind... kinds) {
        for (OpKind k : kinds) if (!steps(k).isEmpty()) return true;
        return false;
    }
}
