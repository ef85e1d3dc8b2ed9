package dev.cutroom.models.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a model's stored files are read from: the models jar for built-in models, or a folder the
 * user pulled a package into (for weights too large to ship). Every read checks the descriptor's
 * SHA-256.
 */
@FunctionalInterface
public interface ModelSource {

    /** @return the file's bytes, verified against its SHA-256 */
    byte[] read(ModelDescriptor.FileEntry file);

    /** Files shipped inside the cutroom-models jar. */
    static ModelSource builtIn() {
        return ModelCatalog::fileBytes;
    }

    /** Files under {@code root}, at each entry's {@code path}. */
    static ModelSource directory(Path root) {
        return file -> {
            Path p = root.resolve(file.path());
            try {
                byte[] bytes = Files.readAllBytes(p);
                Sha256.verify(bytes, file.sha256(), p.toString());
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read model file " + p, e);
            }
        };
    }
}
