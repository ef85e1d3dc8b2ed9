package dev.cutroom.plugin.host.discovery;

import dev.cutroom.plugin.api.ApiVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugins this host knows: those on the class path, then those in the plugins folder (one jar each).
 * Built once by {@link #discover}; discovery reads descriptors only and never runs plugin code.
 * Immutable and thread-safe.
 */
public final class PluginRegistry {
    private final List<PluginEntry> entries;

    private PluginRegistry(List<PluginEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Discovers with the host's class loader and the current API version. */
    public static PluginRegistry discover(Path pluginsFolder) {
        return discover(PluginRegistry.class.getClassLoader(), pluginsFolder, ApiVersion.CURRENT);
    }

    /**
     * @param classPath     where class-path plugins are looked for
     * @param pluginsFolder folder of plugin jars, or null for none
     * @param hostApi       the API version this host offers
     */
    public static PluginRegistry discover(ClassLoader classPath, Path pluginsFolder, ApiVersion hostApi) {
        CompatibilityCheck check = new CompatibilityCheck(hostApi);
        List<PluginEntry> found = new ArrayList<>(ClassPathDiscovery.discover(classPath, check));
        found.addAll(FolderDiscovery.discover(pluginsFolder, check));
        return new PluginRegistry(refuseDuplicates(found));
    }

    /**
     * The plugins declared at one origin only (a worker uses this to find the plugin it was sent,
     * with the same checks as the host).
     */
    public static List<PluginEntry> describeOrigin(ClassLoader classPath, PluginOrigin origin, ApiVersion hostApi) {
        CompatibilityCheck check = new CompatibilityCheck(hostApi);
        return origin.isClassPath() ? ClassPathDiscovery.discover(classPath, check) : FolderDiscovery.readJar(origin.jar(), check);
    }

    /** The first loadable plugin with an id wins (class path before folder); later ones are refused. */
    private static List<PluginEntry> refuseDuplicates(List<PluginEntry> found) {
        Map<String, PluginEntry> winners = new HashMap<>();
        List<PluginEntry> out = new ArrayList<>();
        for (PluginEntry e : found) {
            PluginEntry first = e.isLoadable() ? winners.putIfAbsent(e.id(), e) : null;
            out.add(first == null ? e : new PluginEntry(e.id(), e.version(), e.apiVersion(), e.origin(), e.descriptor(),
                    "duplicate id: " + e.id() + " " + first.version() + " from " + first.origin() + " is used instead"));
        }
        return out;
    }

    /** Every plugin found, loadable or refused, in discovery order. */
    public List<PluginEntry> list() {
        return entries;
    }

    /** The loadable plugin with this id, if any. */
    public Optional<PluginEntry> find(String id) {
        return entries.stream().filter(e -> e.isLoadable() && e.id().equals(id)).findFirst();
    }

    /**
     * The loadable plugin with this id.
     *
     * @throws IllegalArgumentException naming the reason when it is unknown or refused
     */
    public PluginEntry require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(entries.stream()
                .filter(e -> e.id().equals(id)).findFirst()
                .map(e -> "plugin " + id + " cannot run: " + e.refusal())
                .orElse("no plugin with id " + id)));
    }
}
