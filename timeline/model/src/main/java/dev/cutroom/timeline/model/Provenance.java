package dev.cutroom.timeline.model;

import java.util.Map;

/**
 * Where a generated take came from: which plugin and model made it, from what input, with what settings.
 *
 * @param createdAt ISO-8601 instant
 */
public record Provenance(
        String pluginId,
        String pluginVersion,
        String modelId,
        String modelVersion,
        String modelSha256,
        Map<String, String> parameters,
        String instruction,
        String inputMediaSha256,
        String createdAt) {
    public Provenance {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
