package dev.cutroom.plugin.host.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a plugin was found: the host's class path, or one jar in the plugins folder.
 *
 * @param jar the plugin jar, or null for the class path
 */
public record PluginOrigin(Path jar) {
    private static final String CLASS_PATH = "classpath";

    /** The host's own class path. */
    public static PluginOrigin classPath() {
        return new PluginOrigin(null);
    }

    /** One jar (loaded in a class loader of its own). */
    public static PluginOrigin jar(Path jar) {
        return new PluginOrigin(Objects.requireNonNull(jar, "jar").toAbsolutePath().normalize());
    }

    public boolean isClassPath() {
        return jar == null;
    }

    /** Inverse of {@link #toString()}: {@code "classpath"} or a jar path. */
    public static PluginOrigin parse(String text) {
        return CLASS_PATH.equals(text) ? classPath() : jar(Path.of(text));
    }

    /** {@code "classpath"} or the jar's absolute path, as listed to users and sent to workers. */
    @Override
    public String toString() {
        return isClassPath() ? CLASS_PATH : jar.toString();
    }
}
