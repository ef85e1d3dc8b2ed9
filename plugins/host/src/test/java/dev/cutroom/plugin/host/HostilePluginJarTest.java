package dev.cutroom.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginOrigin;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars made to hurt discovery: oversized services files and descriptors are refused unread (a line of
 * tens of MB compresses to a few KB in a jar, so size is what a hostile author controls), a services entry
 * without a class file is refused at discovery instead of failing at run time, and a malformed descriptor's
 * error names {@code plugin.json}.
 */
class HostilePluginJarTest {
    private static final String SERVICES = "META-INF/services/dev.cutroom.plugin.api.Plugin";
    private static final String DESCRIPTOR = "META-INF/cutroom/plugin.json";

    @TempDir
    Path dir;

    @Test
    void aServicesFileWithAHugeLineRefusesItsJarWithoutReadingItAll() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        Path jar = good(folder.resolve("huge-services.jar"), "org.example.huge", "HugePlugin");
        replace(jar, SERVICES, 64L << 20, (byte) 'a'); // one 64 MiB line
        PluginEntry entry = only(PluginRegistry.discover(folder), jar);
        assertThat(entry.isLoadable()).isFalse();
        assertThat(entry.refusal()).contains(SERVICES).contains("larger than 64 KiB");
    }

    @Test
    void aHugeDescriptorIsRefusedNamingPluginJson() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        Path jar = good(folder.resolve("huge-descriptor.jar"), "org.example.big", "BigPlugin");
        replace(jar, DESCRIPTOR, 8L << 20, (byte) ' ');
        PluginEntry entry = only(PluginRegistry.discover(folder), jar);
        assertThat(entry.isLoadable()).isFalse();
        assertThat(entry.refusal()).contains(DESCRIPTOR).contains("larger than 1 MiB");
    }

    @Test
    void aMalformedDescriptorsErrorNamesPluginJsonAndWhereItBroke() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJars.build(folder.resolve("malformed.jar"), "org.example.bad", "BadPlugin",
                "{\"schema\": \"CutroomPlugins.1\",\n \"plugins\": [ oops ]}", List.of("org.example.bad.BadPlugin"));
        PluginEntry entry = only(PluginRegistry.discover(folder), jar);
        assertThat(entry.refusal()).contains("malformed " + DESCRIPTOR).contains("line 2");
    }

    @Test
    void aServicesEntryWithoutAClassFileIsRefusedAtDiscoverySayingWhatIsRegistered() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        Path ghost = PluginJars.build(folder.resolve("ghost.jar"), "org.example.ghost", "GhostPlugin",
                PluginJars.descriptor("org.example.ghost", "1.0", "org.example.ghost.GhostPlugin"),
                List.of("org.example.ghost.GhostPlugin", "org.example.ghost.Missing"));
        PluginEntry entry = only(PluginRegistry.discover(folder), ghost);
        assertThat(entry.isLoadable()).isFalse();
        assertThat(entry.refusal()).contains("org.example.ghost.Missing").contains("org/example/ghost/Missing.class")
                .contains("registered: org.example.ghost.GhostPlugin, org.example.ghost.Missing");

        Files.delete(ghost);
        Path wrong = PluginJars.build(folder.resolve("wrong.jar"), "org.example.wrong", "WrongPlugin",
                PluginJars.descriptor("org.example.wrong", "1.0", "org.example.wrong.Other"), List.of("org.example.wrong.WrongPlugin"));
        PluginEntry unregistered = only(PluginRegistry.discover(folder), wrong);
        assertThat(unregistered.refusal()).contains("org.example.wrong.Other is not registered").contains("registered: org.example.wrong.WrongPlugin");
    }

    @Test
    void theSameJarWithoutTricksIsLoadable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        Path jar = good(folder.resolve("fine.jar"), "org.example.fine", "FinePlugin");
        assertThat(only(PluginRegistry.discover(folder), jar).isLoadable()).isTrue();
    }

    private static Path good(Path jar, String pkg, String name) throws IOException {
        return PluginJars.build(jar, pkg, name, PluginJars.descriptor(pkg, "1.0", pkg + "." + name), List.of(pkg + "." + name));
    }

    private static PluginEntry only(PluginRegistry registry, Path jar) {
        return registry.list().stream().filter(e -> e.origin().equals(PluginOrigin.jar(jar))).findFirst().orElseThrow();
    }

    /** Rewrites {@code jar} with {@code entry} replaced by {@code size} copies of {@code fill}, streamed. */
    static void replace(Path jar, String entry, long size, byte fill) throws IOException {
        Path rebuilt = jar.resolveSibling(jar.getFileName() + ".new");
        try (JarFile in = new JarFile(jar.toFile()); JarOutputStream out = new JarOutputStream(Files.newOutputStream(rebuilt))) {
            for (var e : java.util.Collections.list(in.entries())) {
                if (e.getName().equals(entry)) continue;
                out.putNextEntry(new JarEntry(e.getName()));
                in.getInputStream(e).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(entry));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, fill);
            OutputStream o = out;
            for (long left = size; left > 0; left -= chunk.length) o.write(chunk, 0, (int) Math.min(chunk.length, left));
            out.closeEntry();
        }
        Files.move(rebuilt, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
