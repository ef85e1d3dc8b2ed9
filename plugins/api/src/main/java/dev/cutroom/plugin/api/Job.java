package dev.cutroom.plugin.api;

import java.util.Objects;

/**
 * What a plugin is asked to do: the selection, the parameter values and an optional instruction.
 * Immutable; any thread.
 *
 * @param selection   clips or a timeline range
 * @param parameters  values for the descriptor's parameters (defaults filled in by the host)
 * @param instruction free text for plugins that {@linkplain PluginDescriptor#takesInstruction() take one}; empty otherwise
 * @param purpose     the work itself, or (since API 1.2) a question to one of the plugin's extensions; the host
 *                    calls the matching method, so a plugin rarely reads this
 */
public record Job(Selection selection, ParameterValues parameters, String instruction, JobPurpose purpose) {
    public Job {
        Objects.requireNonNull(selection, "selection");
        parameters = parameters == null ? ParameterValues.EMPTY : parameters;
        instruction = instruction == null ? "" : instruction;
        purpose = purpose == null ? JobPurpose.RUN : purpose;
    }

    /** A job that does the work (the API 1.0 components, kept so that 1.0 code compiles and links unchanged). */
    public Job(Selection selection, ParameterValues parameters, String instruction) {
        this(selection, parameters, instruction, JobPurpose.RUN);
    }

    /** The same job asked for another purpose (e.g. an estimate of it). Any thread. */
    public Job withPurpose(JobPurpose newPurpose) {
        return new Job(selection, parameters, instruction, newPurpose);
    }

    /** A job on some clips with the given values and no instruction. Any thread. */
    public static Job onClips(ParameterValues parameters, ClipRef... clips) {
        return new Job(new Selection.Clips(java.util.List.of(clips)), parameters, "");
    }
}
