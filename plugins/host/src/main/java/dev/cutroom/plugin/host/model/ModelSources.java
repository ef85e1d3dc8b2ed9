package dev.cutroom.plugin.host.model;

import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a model's files come from: the jar for built-in models, a pulled package folder otherwise. */
@FunctionalInterface
public interface ModelSources {

    /** @throws IOException naming the command to run when a model's files are not available */
    ModelSource sourceFor(ModelDescriptor descriptor) throws IOException;

    /**
     * Built-in models from the jar; pulled ones from {@code pulledRoot/<id>} when that folder exists.
     *
     * @param pulledRoot folder of pulled model packages, or null
     */
    static ModelSources standard(Path pulledRoot) {
        return d -> {
            if (ModelCatalog.BUILT_IN.contains(d.id())) return ModelSource.builtIn();
            Path dir = pulledRoot == null ? null : pulledRoot.resolve(d.id());
            if (dir != null && Files.isDirectory(dir)) return ModelSource.directory(dir);
            throw new IOException("model " + d.id() + " is not installed; run: cutroom models pull " + d.id());
        };
    }
}
