package dev.cutroom.plugin.host.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds plugins whose descriptors and services files are on a class loader's class path. */
final class ClassPathDiscovery {
    private ClassPathDiscovery() {}

    static List<PluginEntry> discover(ClassLoader loader, CompatibilityCheck check) {
        Set<String> registered = new HashSet<>();
        List<PluginEntry> entries = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(ServiceRegistrations.RESOURCE))) {
                try (InputStream in = url.openStream()) {
                    registered.addAll(ServiceRegistrations.read(in));
                } catch (IOException e) {
                    // an oversized or unreadable services file registers nothing: its plugins are refused as unregistered
                }
            }
            var registrations = new ServiceRegistrations(registered, name -> loader.getResource(ServiceRegistrations.classFile(name)) != null);
            for (URL url : Collections.list(loader.getResources(DescriptorReader.RESOURCE))) {
                entries.addAll(readDescriptors(url, registrations, check));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot scan the class path for plugins", e);
        }
        return entries;
    }

    private static List<PluginEntry> readDescriptors(URL url, ServiceRegistrations registered, CompatibilityCheck check) {
        PluginOrigin origin = PluginOrigin.classPath();
        try (InputStream in = url.openStream()) {
            return DescriptorReader.read(in).stream().map(p -> Entries.of(p, origin, registered, check)).toList();
        } catch (IOException e) {
            return List.of(new PluginEntry(url.toString(), "", "", origin, null, e.getMessage()));
        }
    }
}
