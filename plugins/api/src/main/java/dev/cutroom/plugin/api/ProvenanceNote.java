package dev.cutroom.plugin.api;

import java.util.List;
import java.util.Map;

/**
 * What a plugin wants recorded about how its outputs were made, beyond what the host records by itself
 * (plugin id and version, parameters, instruction, input media hashes, time, and every model opened
 * through {@link ModelAccess}). Immutable; any thread.
 *
 * @param models models used outside {@link ModelAccess} (rare: e.g. weights bundled in the plugin jar)
 * @param notes  free key/value facts, e.g. {@code "threshold" -> "0.42"}, {@code "seed" -> "7"}
 */
public record ProvenanceNote(List<ModelInfo> models, Map<String, String> notes) {
    /** Nothing to add. */
    public static final ProvenanceNote NONE = new ProvenanceNote(List.of(), Map.of());

    public ProvenanceNote {
        models = models == null ? List.of() : List.copyOf(models);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }

    /** These models and notes merged after this note's (later keys win). Any thread. */
    public ProvenanceNote plus(List<ModelInfo> moreModels, Map<String, String> moreNotes) {
        var m = new java.util.ArrayList<>(models);
        moreModels.stream().filter(x -> !m.contains(x)).forEach(m::add);
        var n = new java.util.LinkedHashMap<>(notes);
        n.putAll(moreNotes);
        return new ProvenanceNote(m, n);
    }
}
