package dev.cutroom.plugin.api.ext;

import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.TimeSpan;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer of {@code cutroom.plan-preview/1}: what a job would do, step by step, and what the plugin did not
 * understand. Immutable; any thread. Since API 1.2.
 *
 * @param steps    the steps in the order they would run
 * @param problems clauses of the request that were not (or not fully) understood; a plan with problems is shown
 *                 but not applied
 * @param summary  one line for the user, e.g. "3 steps on 1 clip"
 */
public record PlanPreview(List<Step> steps, List<Problem> problems, String summary) {
    public PlanPreview {
        steps = List.copyOf(steps);
        problems = problems == null ? List.of() : List.copyOf(problems);
        summary = Objects.requireNonNullElse(summary, "");
    }

    /** Whether the editor may offer Apply (there are steps and no problems; values are checked separately). */
    public boolean applicable() {
        return !steps.isEmpty() && problems.isEmpty();
    }

    /**
     * One step: an operation of the plugin's own (its id stable, like a parameter id), on a part of a clip, with
     * its parameters described by the API's {@link ParameterSpec} so the editor builds the same controls as for a
     * descriptor's parameters.
     *
     * @param id         unique within the plan, e.g. "step-1"
     * @param operation  the plugin's operation id, e.g. "colour.blackAndWhite"
     * @param label      what the user reads, e.g. "Black and white"
     * @param part       the part of a clip the step covers
     * @param parameters specs of the values the user may change (may be empty)
     * @param values     the step's current values, by parameter id (Java types as in
     *                   {@link dev.cutroom.plugin.api.ParameterValues}: Double, Long, Boolean, String, Colour, Path)
     */
    public record Step(String id, String operation, String label, ClipPart part, List<ParameterSpec> parameters, Map<String, Object> values) {
        public Step {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(operation, "operation");
            label = Objects.requireNonNullElse(label, operation);
            Objects.requireNonNull(part, "part");
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    /**
     * The part of one selected clip a step covers, in media seconds of the clip's take (the coordinates of
     * {@link dev.cutroom.plugin.api.ClipRef#sourceRange()}); a null range means the whole clip.
     *
     * @param clipId the clip
     * @param range  within the clip's source range, or null for all of it
     */
    public record ClipPart(String clipId, TimeSpan range) {
        public ClipPart {
            Objects.requireNonNull(clipId, "clipId");
        }

        /** The whole clip. */
        public static ClipPart whole(String clipId) { return new ClipPart(clipId, null); }

        /** From {@code start} to {@code end}, media seconds of the clip's take. */
        public static ClipPart of(String clipId, ExactTime start, ExactTime end) { return new ClipPart(clipId, new TimeSpan(start, end.minus(start))); }
    }

    /**
     * A clause the plugin did not understand, in the user's words, with what it could do instead.
     *
     * @param clause      the words, e.g. "make it pop"
     * @param message     why, in plain words
     * @param suggestions the closest things the plugin can do (labels), possibly none
     */
    public record Problem(String clause, String message, List<String> suggestions) {
        public Problem {
            Objects.requireNonNull(message, "message");
            clause = Objects.requireNonNullElse(clause, "");
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }
    }
}
