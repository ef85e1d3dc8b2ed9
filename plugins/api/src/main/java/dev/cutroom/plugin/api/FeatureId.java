package dev.cutroom.plugin.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A versioned extension id such as {@code cutroom.upscale/1}: a dotted name and a whole version. A host
 * that knows {@code cutroom.upscale/1} treats {@code cutroom.upscale/2} as a different feature.
 * Immutable; any thread.
 */
public record FeatureId(String name, int version) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public FeatureId {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("feature name must be dotted lower case, got '" + name + "'");
        if (version < 1) throw new IllegalArgumentException("feature version must be at least 1, got " + version);
    }

    /**
     * Parses {@code name/version}. Any thread.
     *
     * @throws IllegalArgumentException when the text has no {@code /version} or a bad name
     */
    public static FeatureId parse(String text) {
        int slash = text.lastIndexOf('/');
        if (slash < 0) throw new IllegalArgumentException("feature id must be NAME/VERSION, got '" + text + "'");
        try {
            return new FeatureId(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("feature id must end in a whole version, got '" + text + "'", e);
        }
    }

    /** {@code name/version}. Any thread. */
    @Override
    public String toString() {
        return name + "/" + version;
    }
}
