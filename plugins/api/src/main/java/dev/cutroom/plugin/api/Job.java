package dev.cutroom.plugin.api;

import java.util.Objects;

/**
 * What a plugin is asked to do: the selection, the parameter values and an optional instruction.
 * Immutable; any thread.
 *
 * @param selection   clips or a timeline range
 * @param parameters  values for the descriptor's parameters (defaults filled in by the host)
 * @param instruction free text for plugins that {@linkplain PluginDescriptor#takesInstruction() take one}; empty otherwise
 */
public record Job(Selection selection, ParameterValues parameters, String instruction) {
    public Job {
        Objects.requireNonNull(selection, "selection");
        parameters = parameters == null ? ParameterValues.EMPTY : parameters;
        instruction = instruction == null ? "" : instruction;
    }

    /** A job on some clips with the given values and no instruction. Any thread. */
    public static Job onClips(ParameterValues parameters, ClipRef... clips) {
        return new Job(new Selection.Clips(java.util.List.of(clips)), parameters, "");
    }
}
