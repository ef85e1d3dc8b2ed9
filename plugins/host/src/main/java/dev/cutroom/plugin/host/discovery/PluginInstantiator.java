package dev.cutroom.plugin.host.discovery;

import dev.cutroom.plugin.api.Plugin;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates plugin instances through {@link ServiceLoader}: class-path plugins from the host's loader, and
 * each folder jar from a class loader of its own (whose parent is the host's, so the API types are shared
 * and plugins do not see each other). Thread-safe.
 */
public final class PluginInstantiator {
    private final ClassLoader hostLoader;
    private final Map<Path, ClassLoader> jarLoaders = new ConcurrentHashMap<>();

    public PluginInstantiator(ClassLoader hostLoader) {
        this.hostLoader = hostLoader;
    }

    /** A new instance of the plugin class named {@code entryPoint} registered at {@code origin}. */
    public Plugin instantiate(PluginOrigin origin, String entryPoint) {
        ClassLoader loader = loaderFor(origin);
        return ServiceLoader.load(Plugin.class, loader).stream()
                .filter(p -> p.type().getName().equals(entryPoint))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no service provider " + entryPoint + " at " + origin))
                .get();
    }

    /** The class loader plugins from this origin live in. */
    public ClassLoader loaderFor(PluginOrigin origin) {
        if (origin.isClassPath()) return hostLoader;
        return jarLoaders.computeIfAbsent(origin.jar(), jar -> new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {url(jar)}, hostLoader));
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad plugin jar path " + jar, e);
        }
    }
}
