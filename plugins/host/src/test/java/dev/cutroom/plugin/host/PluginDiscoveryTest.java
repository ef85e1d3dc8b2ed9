package dev.cutroom.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.FeatureId;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginOrigin;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.testplugins.EagerStaticPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {
    @TempDir
    static Path dir;
    static Path folder;
    static PluginRegistry registry;

    @BeforeAll
    static void buildPluginsFolder() throws Exception {
        folder = Files.createDirectories(dir.resolve("plugins"));
        PluginJars.build(folder.resolve("good.jar"), "org.example.good", "GoodPlugin",
                PluginJars.descriptor("org.example.good", "1.0", "org.example.good.GoodPlugin"), List.of("org.example.good.GoodPlugin"));
        PluginJars.build(folder.resolve("api2.jar"), "org.example.two", "TwoPlugin",
                PluginJars.descriptor("org.example.two", "2.0", "org.example.two.TwoPlugin"), List.of("org.example.two.TwoPlugin"));
        PluginJars.build(folder.resolve("bare.jar"), "org.example.bare", "BarePlugin", null, List.of("org.example.bare.BarePlugin"));
        PluginJars.build(folder.resolve("broken.jar"), "org.example.broken", "BrokenPlugin",
                "{\"schema\": \"CutroomPlugins.1\", \"plugins\": [{\"id\": \"org.example.broken\", \"version\": \"1\", \"apiVersion\": \"1.0\","
                        + " \"entryPoint\": \"org.example.broken.BrokenPlugin\", \"accepts\": [\"VIDEO_CLIP\"],"
                        + " \"parameters\": [{\"id\": \"level\", \"type\": \"NUMBER\", \"min\": 0, \"max\": 1, \"default\": 5}]}]}",
                List.of("org.example.broken.BrokenPlugin"));
        PluginJars.build(folder.resolve("dup.jar"), "org.example.dup", "DupPlugin",
                PluginJars.descriptor("test.split", "1.0", "org.example.dup.DupPlugin"), List.of("org.example.dup.DupPlugin"));
        registry = PluginRegistry.discover(PluginDiscoveryTest.class.getClassLoader(), folder, ApiVersion.CURRENT);
    }

    private static PluginEntry entry(String id, PluginOrigin origin) {
        return registry.list().stream().filter(e -> e.id().equals(id) && e.origin().equals(origin)).findFirst().orElseThrow();
    }

    @Test
    void classPathPluginsAreListedWithTheirDescriptorWithoutRunningTheirCode() {
        PluginEntry invert = entry("test.invert", PluginOrigin.classPath());
        assertThat(invert.isLoadable()).isTrue();
        assertThat(invert.version()).isEqualTo("1.0.0");
        assertThat(invert.apiVersion()).isEqualTo("1.0");
        assertThat(invert.descriptor().features()).containsExactly(new FeatureId("cutroom.test", 1));
        assertThat(invert.descriptor().accepts()).contains(SelectionKind.VIDEO_CLIP, SelectionKind.MULTIPLE_CLIPS);
        assertThat(invert.descriptor().parameter("strength")).hasValueSatisfying(p -> assertThat(p.type()).isEqualTo(ParameterType.NUMBER));
        assertThat(entry("test.eager-static", PluginOrigin.classPath()).isLoadable()).isTrue();
        PluginEntry timing = entry("test.timing", PluginOrigin.classPath()); // API 1.1 beside the 1.0 plugins
        assertThat(timing.apiVersion()).isEqualTo("1.1");
        assertThat(timing.isLoadable()).isTrue();
        assertThat(System.getProperty(EagerStaticPlugin.INITIALISED_PROPERTY)).as("discovery initialised a plugin class").isNull();
    }

    @Test
    void incompatibleOrMalformedPluginsAreRefusedWithAReason() {
        assertThat(entry("test.future-api", PluginOrigin.classPath()).refusal()).contains("needs plugin API 1.9").contains("update Cutroom");
        assertThat(entry("test.unregistered", PluginOrigin.classPath()).refusal()).contains("NoSuchPlugin").contains("not registered");
        assertThat(entry("org.example.two", PluginOrigin.jar(folder.resolve("api2.jar"))).refusal()).contains("major versions differ");
        assertThat(entry("bare.jar", PluginOrigin.jar(folder.resolve("bare.jar"))).refusal()).contains("no META-INF/cutroom/plugin.json");
        assertThat(entry("org.example.broken", PluginOrigin.jar(folder.resolve("broken.jar"))).refusal())
                .contains("invalid descriptor").contains("parameter level").contains("above the maximum");
        assertThat(entry("test.split", PluginOrigin.jar(folder.resolve("dup.jar"))).refusal()).contains("duplicate id").contains("classpath");
        assertThat(registry.find("test.split")).hasValueSatisfying(e -> assertThat(e.origin().isClassPath()).isTrue());
    }

    @Test
    void aFolderPluginRunsFromItsOwnClassLoaderInProcessAndInAWorker() throws Exception {
        PluginEntry good = entry("org.example.good", PluginOrigin.jar(folder.resolve("good.jar")));
        assertThat(good.isLoadable()).as(String.valueOf(good.refusal())).isTrue();
        var clip = TestClips.clip("c", TestClips.rampVideo(dir.resolve("v.mp4"), 3), 0, 3);
        for (ExecutionMode mode : ExecutionMode.values()) {
            try (JobRunner runner = JobRunner.builder(registry).mode(mode).workRoot(dir.resolve("jobs-" + mode)).build()) {
                var done = runner.submit("org.example.good", TestClips.job(clip)).result().orTimeout(60, TimeUnit.SECONDS).join();
                assertThat(done.result().summary()).as(mode.name()).isEqualTo("loaded by plugin:good.jar");
            }
        }
    }
    @Test
    void aJarWithAnEntryThatEscapesItsFolderIsRefusedNamingTheEntry() throws Exception {
        Path evilFolder = java.nio.file.Files.createDirectories(dir.resolve("evil-plugins"));
        for (String entry : java.util.List.of("../evil", "/evil", "a/../../evil", "..\\evil", "C:/Windows/evil.dll")) {
            Path jar = evilFolder.resolve("evil.jar");
            PluginJars.build(jar, "org.example.evil", "EvilPlugin", PluginJars.descriptor("org.example.evil", "1.0", "org.example.evil.EvilPlugin"),
                    java.util.List.of("org.example.evil.EvilPlugin"));
            // add the escaping entry raw, as a hostile archiver would
            Path rebuilt = evilFolder.resolve("evil2.jar");
            try (var in = new java.util.jar.JarFile(jar.toFile());
                 var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(rebuilt))) {
                for (var e : java.util.Collections.list(in.entries())) {
                    out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                    out.write(in.getInputStream(e).readAllBytes());
                    out.closeEntry();
                }
                out.putNextEntry(new java.util.jar.JarEntry(entry));
                out.write("owned".getBytes());
                out.closeEntry();
            }
            java.nio.file.Files.move(rebuilt, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            PluginRegistry evil = PluginRegistry.discover(evilFolder);
            assertThat(evil.find("org.example.evil")).as(entry).isEmpty();
            PluginEntry refused = evil.list().stream().filter(e -> e.origin().equals(PluginOrigin.jar(jar))).findFirst().orElseThrow();
            assertThat(refused.isLoadable()).isFalse();
            assertThat(refused.refusal()).as(entry).contains("unsafe plugin jar").contains(entry);
        }
        PluginJars.build(evilFolder.resolve("evil.jar"), "org.example.evil", "EvilPlugin",
                PluginJars.descriptor("org.example.evil", "1.0", "org.example.evil.EvilPlugin"), java.util.List.of("org.example.evil.EvilPlugin"));
        assertThat(PluginRegistry.discover(evilFolder).find("org.example.evil")).hasValueSatisfying(e -> assertThat(e.isLoadable()).isTrue());
    }
}
