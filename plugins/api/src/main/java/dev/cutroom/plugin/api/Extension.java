package dev.cutroom.plugin.api;

import java.util.Objects;

/**
 * A typed, versioned extension of a plugin, found by its feature id (as CLAP finds {@code clap.params}): the plugin
 * declares the id in its descriptor's {@code features}, so the host knows without running plugin code, and
 * {@link Plugin#extension} hands the host the implementation when a job asks for it. A new meaning gets a new
 * version ({@code cutroom.estimate/2}), never a new meaning for an old id. The extensions Cutroom defines are in
 * {@code dev.cutroom.plugin.api.ext}. Immutable; any thread. Since API 1.2.
 *
 * @param feature the feature id, e.g. {@code cutroom.estimate/1}
 * @param type    the interface the plugin implements for it
 * @param <T>     that interface
 */
public record Extension<T>(FeatureId feature, Class<T> type) {
    public Extension {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(type, "type");
    }

    /** An extension with the feature id {@code id} ({@code name/version}). Any thread. */
    public static <T> Extension<T> of(String id, Class<T> type) {
        return new Extension<>(FeatureId.parse(id), type);
    }
}
