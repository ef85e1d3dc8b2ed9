package dev.cutroom.plugin.api;

import java.util.Objects;

/**
 * Identity of a model, as recorded in provenance. Immutable; any thread.
 *
 * @param id      the model's id, e.g. {@code realesr-animevideov3-x2}
 * @param version version of its weights
 * @param sha256  lower-case hex SHA-256 of its weights file
 */
public record ModelInfo(String id, String version, String sha256) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        version = version == null ? "" : version;
        sha256 = sha256 == null ? "" : sha256;
    }
}
