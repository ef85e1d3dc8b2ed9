package dev.cutroom.plugin.host.model;

import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.PulledModels;
import java.util.List;

/**
 * Converts the models a plugin declares into the cache before a confined worker starts: the worker may read the
 * cache but not write it, so a plugin cannot plant a model another plugin (or the host) would load.
 */
public final class DeclaredModels {
    private DeclaredModels() {}

    /** Converts each declared model that is installed and not cached yet; any other model is left for the worker to report. */
    public static void prepare(List<String> modelIds) {
        ModelSources sources = ModelSources.standard(PulledModels.defaultRoot());
        ModelCache cache = ModelCache.defaultCache();
        for (String id : modelIds) {
            try {
                ModelDescriptor d = ModelCatalog.descriptor(id);
                cache.onnxFile(d, sources.sourceFor(d));
            } catch (Exception e) {
                // not installed, unknown or damaged: opening it in the worker gives the user the message that names the fix
            }
        }
    }
}
