package dev.cutroom.plugin.host.result;

import dev.cutroom.plugin.api.ModelInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a job's outputs were made, as the committer records it on generated takes and in the sidecar file.
 * Input media hashes are left to the committer, which reads the project's media anyway.
 *
 * @param parameters the bound values as text ({@code #rrggbb} colours, plain numbers)
 * @param notes      the plugin's own notes from {@link dev.cutroom.plugin.api.ProvenanceNote}
 */
public record JobProvenance(String pluginId, String pluginVersion, List<ModelInfo> models, Map<String, String> parameters,
                            String instruction, Map<String, String> notes, Instant startedAt, Instant finishedAt) {
    public JobProvenance {
        models = List.copyOf(models);
        parameters = Map.copyOf(parameters);
        notes = Map.copyOf(notes);
    }
}
