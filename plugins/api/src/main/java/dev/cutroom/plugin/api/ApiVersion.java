package dev.cutroom.plugin.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A plugin API version {@code major.minor}. See the package documentation for the compatibility promise.
 * Immutable; any thread.
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {
    /** The version of this API, as text. */
    public static final String CURRENT_TEXT = "1.2";
    /** The version of this API. */
    public static final ApiVersion CURRENT = new ApiVersion(1, 2);

    public ApiVersion {
        if (major < 0 || minor < 0) throw new IllegalArgumentException("negative API version " + major + "." + minor);
    }

    /**
     * Parses {@code "1.2"} (a bare {@code "1"} means {@code 1.0}). Any thread.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ApiVersion parse(String text) {
        Objects.requireNonNull(text, "API version");
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length > 2) throw new IllegalArgumentException("API version must be MAJOR.MINOR, got '" + text + "'");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return new ApiVersion(major, minor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("API version must be MAJOR.MINOR, got '" + text + "'", e);
        }
    }

    /**
     * Why a plugin built against {@code pluginVersion} cannot load in a host offering this version,
     * or empty when it can (same major, plugin minor not newer). Any thread.
     */
    public Optional<String> refusalFor(ApiVersion pluginVersion) {
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        if (pluginVersion.major != major) {
            return Optional.of("needs plugin API " + pluginVersion + " but this host offers " + this
                    + " (major versions differ; a " + major + ".x plugin is required)");
        }
        if (pluginVersion.minor > minor) {
            return Optional.of("needs plugin API " + pluginVersion + " but this host offers only " + this
                    + " (update Cutroom)");
        }
        return Optional.empty();
    }

    /** Orders by major, then minor. Any thread. */
    @Override
    public int compareTo(ApiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    /** {@code "major.minor"}. Any thread. */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
