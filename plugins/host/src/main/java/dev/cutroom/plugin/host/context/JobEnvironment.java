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
    public static final String PULLED_MODELS_PROPERTY = "cutroom.models.pulled";

    private final MediaAccess media;
    private final Supplier<Models> models;
    private final ModelSources sources;

    public JobEnvironment(MediaAccess media, Supplier<Models> models, ModelSources sources) {
        this.media = media;
        this.models = memoize(models);
        this.sources = sources;
    }

    /** The engine, the default model runtime and cache, built-in and pulled models. */
    public static JobEnvironment standard() {
        String pulled = System.getProperty(PULLED_MODELS_PROPERTY);
        return new JobEnvironment(new EngineMediaAccess(), Models::createDefault, ModelSources.standard(pulled == null ? null : Path.of(pulled)));
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
