package dev.cutroom.plugin.host.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds plugins in a folder of jars. Reads each jar's descriptor and services file straight from the zip,
 * so nothing in the jar is loaded during discovery.
 */
final class FolderDiscovery {
    private FolderDiscovery() {}

    static List<PluginEntry> discover(Path folder, CompatibilityCheck check) {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list plugins folder " + folder, e);
        }
        List<PluginEntry> entries = new ArrayList<>();
        for (Path jar : jars) entries.addAll(readJar(jar, check));
        return entries;
    }

    static List<PluginEntry> readJar(Path jar, CompatibilityCheck check) {
        PluginOrigin origin = PluginOrigin.jar(jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            String unsafe = unsafeEntry(file);
            if (unsafe != null) {
                return List.of(refused(jar, origin, "unsafe plugin jar: entry \"" + unsafe + "\" escapes the jar's folder (absolute or ../ path); not loaded"));
            }
            var descriptor = file.getEntry(DescriptorReader.RESOURCE);
            if (descriptor == null) return List.of(refused(jar, origin, "no " + DescriptorReader.RESOURCE + " in the jar"));
            var services = file.getEntry(ServiceRegistrations.RESOURCE);
            Set<String> names = Set.of();
            if (services != null) {
                try (InputStream in = file.getInputStream(services)) {
                    names = ServiceRegistrations.read(in);
                }
            }
            var registered = new ServiceRegistrations(names, name -> file.getEntry(ServiceRegistrations.classFile(name)) != null);
            // ServiceLoader fails on the first registered name it cannot load, so one such name breaks the whole jar
            var missing = registered.missingClass();
            if (missing.isPresent()) return List.of(refused(jar, origin, missing.get()));
            try (InputStream in = file.getInputStream(descriptor)) {
                return DescriptorReader.read(in).stream().map(p -> Entries.of(p, origin, registered, check)).toList();
            }
        } catch (IOException e) {
            return List.of(refused(jar, origin, "unreadable plugin jar: " + e.getMessage()));
        }
    }

    /**
     * The first entry whose name is absolute or climbs out of the jar ({@code ../evil}, {@code /etc/x},
     * {@code a/../../b}, {@code C:\\x}, backslash forms included), or null. Such a jar was made to write outside
     * wherever it is unpacked, so it is refused as a whole.
     */
    static String unsafeEntry(JarFile file) {
        for (var e : java.util.Collections.list(file.entries())) {
            String name = e.getName();
            String n = name.replace('\\', '/');
            if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) return name;
            int depth = 0;
            for (String part : n.split("/")) {
                if (part.equals("..")) {
                    if (--depth < 0) return name;
                } else if (!part.isEmpty() && !part.equals(".")) {
                    depth++;
                }
            }
        }
        return null;
    }

    private static PluginEntry refused(Path jar, PluginOrigin origin, String reason) {
        return new PluginEntry(jar.getFileName().toString(), "", "", origin, null, reason);
    }
}
