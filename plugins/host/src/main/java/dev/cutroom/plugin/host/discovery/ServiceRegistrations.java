package dev.cutroom.plugin.host.discovery;

import dev.cutroom.plugin.api.Plugin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads {@code META-INF/services/dev.cutroom.plugin.api.Plugin} files as text, so discovery can check that
 * a descriptor's entry point is registered without loading (or initialising) any plugin class.
 */
final class ServiceRegistrations {
    static final String RESOURCE = "META-INF/services/" + Plugin.class.getName();

    private ServiceRegistrations() {}

    /** Class names listed in one services file, in the {@link java.util.ServiceLoader} file syntax. */
    static Set<String> read(InputStream in) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!name.isEmpty()) names.add(name);
            }
        }
        return names;
    }
}
