package dev.cutroom.models;

import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.ModelSource;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.models.runtime.ModelRuntime;

/**
 * Entry point for plugins: opens a described model ready to run, converting it to ONNX on first use.
 * Thread-safe; share one instance.
 *
 * <pre>{@code
 * Models models = Models.createDefault();
 * try (LoadedModel m = models.openBuiltIn("realesr-animevideov3-x2");
 *      TensorPredictor p = m.newPredictor()) {          // one predictor per job
 *     log.info("upscaling on " + m.deviceName());
 *     FloatTensor out = new TiledImageRunner(options).run(frame, p::predictOne);
 * }
 * }</pre>
 */
public final class Models {

    private final ModelRuntime runtime;
    private final ModelCache cache;

    /** @param runtime where models run, @param cache where converted models are kept */
    public Models(ModelRuntime runtime, ModelCache cache) {
        this.runtime = runtime;
        this.cache = cache;
    }

    /** The best device and the default cache folder. */
    public static Models createDefault() {
        return new Models(ModelRuntime.create(), ModelCache.defaultCache());
    }

    /** @return the descriptor of a model shipped or described in the jar */
    public ModelDescriptor describe(String id) {
        return ModelCatalog.descriptor(id);
    }

    /** Opens a model whose files ship in the jar (see {@link ModelCatalog#BUILT_IN}). */
    public LoadedModel openBuiltIn(String id) {
        return open(ModelCatalog.descriptor(id), ModelSource.builtIn());
    }

    /** Opens a described model whose files are read from {@code source} (e.g. a pulled package folder). */
    public LoadedModel open(ModelDescriptor descriptor, ModelSource source) {
        return runtime.load(cache.onnxFile(descriptor, source));
    }

    /** @return engine and device, for job logs */
    public String deviceName() {
        return runtime.deviceName();
    }
}
