package dev.cutroom.app.drill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Writes a plugin jar: descriptor, services file, the entry classes' bytes, and any extra entries. */
final class PluginJar {
    private PluginJar() {}

    static Path write(Path jar, Map<String, Class<?>> plugins, Map<String, byte[]> extraEntries) throws IOException {
        return write(jar, plugins, extraEntries, Map.of());
    }

    /** @param parameters plugin id → its descriptor's {@code parameters} JSON array (none when absent) */
    static Path write(Path jar, Map<String, Class<?>> plugins, Map<String, byte[]> extraEntries, Map<String, String> parameters) throws IOException {
        StringBuilder descriptor = new StringBuilder("{\"schema\": \"CutroomPlugins.1\", \"plugins\": [");
        List<String> services = new ArrayList<>();
        String sep = "";
        for (var e : plugins.entrySet()) {
            descriptor.append(sep).append("""
                    {"id": "%s", "version": "1.0.0", "apiVersion": "1.0", "name": "%s", "description": "drill plugin",
                     "entryPoint": "%s", "accepts": ["VIDEO_CLIP"], "parameters": %s}""".formatted(e.getKey(), e.getKey(), e.getValue().getName(),
                    parameters.getOrDefault(e.getKey(), "[]")));
            services.add(e.getValue().getName());
            sep = ",";
        }
        descriptor.append("]}");
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : plugins.values()) {
                String resource = c.getName().replace('.', '/') + ".class";
                try (InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) throw new IOException("class bytes of " + c.getName() + " not found");
                    put(out, resource, in.readAllBytes());
                }
            }
            put(out, "META-INF/cutroom/plugin.json", descriptor.toString().getBytes(StandardCharsets.UTF_8));
            put(out, "META-INF/services/dev.cutroom.plugin.api.Plugin", String.join("\n", services).getBytes(StandardCharsets.UTF_8));
            for (var e : extraEntries.entrySet()) put(out, e.getKey(), e.getValue());
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
