package dev.cutroom.plugin.host.model;

import dev.cutroom.models.Models;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.ModelSource;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.api.ModelInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link ModelAccess} over {@code dev.cutroom.models}: only the models a plugin declared may be opened,
 * and each one opened is remembered for provenance. The inference engine starts on first use only, so
 * plugins that need no model pay nothing. Used from the job thread.
 */
public final class HostModelAccess implements ModelAccess {
    private final Set<String> declared;
    private final Supplier<Models> models;
    private final ModelSources sources;
    private final List<ModelInfo> used = new ArrayList<>();

    /**
     * @param declared model ids from the plugin's descriptor
     * @param models   the (shared, lazily created) model facade
     * @param sources  where each model's files come from
     */
    public HostModelAccess(List<String> declared, Supplier<Models> models, ModelSources sources) {
        this.declared = Set.copyOf(declared);
        this.models = models;
        this.sources = sources;
    }

    @Override
    public ModelInfo describe(String modelId) {
        return info(descriptor(modelId));
    }

    @Override
    public InferenceSession open(String modelId) throws IOException {
        ModelDescriptor descriptor = descriptor(modelId);
        ModelSource source = sources.sourceFor(descriptor);
        LoadedModel loaded;
        try {
            loaded = models.get().open(descriptor, source);
        } catch (RuntimeException e) {
            throw new IOException("cannot load model " + modelId + ": " + e.getMessage(), e);
        }
        ModelInfo info = info(descriptor);
        synchronized (used) {
            if (!used.contains(info)) used.add(info);
        }
        return new ModelSession(info, loaded);
    }

    /** The device models run on; starts the engine when first asked. */
    public String device() {
        return models.get().deviceName();
    }

    /** Models opened so far, in order. */
    public List<ModelInfo> used() {
        synchronized (used) {
            return List.copyOf(used);
        }
    }

    private ModelDescriptor descriptor(String modelId) {
        if (!declared.contains(modelId)) {
            throw new IllegalArgumentException("model " + modelId + " is not declared in the plugin descriptor (declared: " + declared + ")");
        }
        return ModelCatalog.descriptor(modelId);
    }

    /** Identity for provenance; the weights are the largest file of the model. */
    static ModelInfo info(ModelDescriptor d) {
        String sha = d.files().stream().max(Comparator.comparingLong(ModelDescriptor.FileEntry::size))
                .map(ModelDescriptor.FileEntry::sha256).orElse("");
        return new ModelInfo(d.id(), d.version(), sha);
    }
}
