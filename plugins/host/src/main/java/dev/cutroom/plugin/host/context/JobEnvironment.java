package dev.cutroom.plugin.host.context;

import dev.cutroom.models.Models;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.host.exec.ExecutionListener;
import dev.cutroom.plugin.host.exec.ExecutionRequest;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The services every job context shares in one process: media through the engine, and models (the
 * inference engine is started on first use and then kept). Thread-safe.
 */
public final class JobEnvironment {
    /** System property naming the folder of pulled model packages ({@code <folder>/<model id>/}). */
    public static final String PULLED_MODELS_PROPERTY = dev.cutroom.models.descriptor.PulledModels.PROPERTY;

    private final MediaAccess media;
    private final Supplier<Models> models;
    private final ModelSources sources;

    public JobEnvironment(MediaAccess media, Supplier<Models> models, ModelSources sources) {
        this.media = media;
        this.models = memoize(models);
        this.sources = sources;
    }

    /**
     * The engine, the default model runtime and cache, built-in models and those pulled into
     * {@link dev.cutroom.models.descriptor.PulledModels#defaultRoot()} (where {@code cutroom models pull} puts them).
     */
    public static JobEnvironment standard() {
        return new JobEnvironment(new EngineMediaAccess(), Models::createDefault,
                ModelSources.standard(dev.cutroom.models.descriptor.PulledModels.defaultRoot()));
    }

    /** A context for one job. */
    public HostJobContext contextFor(ExecutionRequest request, ExecutionListener listener, BooleanSupplier cancelled) {
        var modelAccess = new HostModelAccess(request.plugin().descriptor().models(), models, sources);
        return new HostJobContext(request.workspace(), cancelled, listener, media, modelAccess);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }
}
