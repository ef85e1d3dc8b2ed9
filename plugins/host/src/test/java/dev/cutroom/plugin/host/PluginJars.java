package dev.cutroom.plugin.host;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars in a test: compiles a plugin class that exists nowhere on the class path, so the
 * only way to load it is the jar's own class loader.
 */
final class PluginJars {
    private PluginJars() {}

    /** The source of a plugin {@code pkg.Name} whose result summary names its class loader. */
    static String pluginSource(String pkg, String name) {
        return """
                package %s;
                import dev.cutroom.plugin.api.*;
                public final class %s implements Plugin {
                    @Override public JobResult run(Job job, JobContext context) {
                        return JobResult.builder().summary("loaded by " + getClass().getClassLoader().getName()).build();
                    }
                }
                """.formatted(pkg, name);
    }

    /** A one-plugin descriptor. */
    static String descriptor(String id, String apiVersion, String entryPoint) {
        return """
                {"schema": "CutroomPlugins.1", "plugins": [{"id": "%s", "version": "2.1.0", "apiVersion": "%s", "name": "Jar plugin",
                  "entryPoint": "%s", "accepts": ["VIDEO_CLIP"]}]}
                """.formatted(id, apiVersion, entryPoint);
    }

    /**
     * @param descriptor plugin.json text, or null for none
     * @param services   class names for the services file (may be empty)
     */
    static Path build(Path jar, String pkg, String name, String descriptor, List<String> services) throws IOException {
        Path work = Files.createTempDirectory(jar.getParent(), "build");
        Path src = work.resolve(name + ".java");
        Files.writeString(src, pluginSource(pkg, name));
        Path classes = Files.createDirectories(work.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), src.toString());
        if (status != 0) throw new IllegalStateException("test plugin did not compile");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            String classFile = pkg.replace('.', '/') + "/" + name + ".class";
            put(out, classFile, Files.readAllBytes(classes.resolve(classFile)));
            if (descriptor != null) put(out, "META-INF/cutroom/plugin.json", descriptor.getBytes(StandardCharsets.UTF_8));
            if (!services.isEmpty()) {
                put(out, "META-INF/services/dev.cutroom.plugin.api.Plugin", String.join("\n", services).getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(bytes);
        out.closeEntry();
    }
}
