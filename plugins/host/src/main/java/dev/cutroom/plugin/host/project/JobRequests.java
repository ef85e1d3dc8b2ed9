package dev.cutroom.plugin.host.project;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.timeline.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a plugin {@link Job} from what a user picked: clip ids of a project, parameter values (as typed or
 * already converted) and an optional instruction. The command line and the editor both use it, so a job built
 * either way is the same. Values are checked against the plugin's descriptor later, by
 * {@link dev.cutroom.plugin.host.job.JobRunner#submit}. Thread-safe (stateless); reads an immutable project.
 */
public final class JobRequests {
    private JobRequests() {}

    /**
     * A job on the clips with these ids (in timeline order, see {@link ClipSelection#of}).
     *
     * @param parameters  parameter id to value (text as typed, or the type's Java value); missing ones get defaults
     * @param instruction the text instruction, or null/blank for none
     * @throws IllegalArgumentException naming the clip when an id is unknown, repeated, or its media is unusable
     */
    public static Job forClips(Project project, MediaResolver resolver, List<String> clipIds, Map<String, ?> parameters, String instruction) {
        Selection.Clips selection = ClipSelection.of(project, resolver, clipIds);
        return new Job(selection, new ParameterValues(new LinkedHashMap<>(parameters == null ? Map.of() : parameters)),
                instruction == null || instruction.isBlank() ? null : instruction);
    }
}
