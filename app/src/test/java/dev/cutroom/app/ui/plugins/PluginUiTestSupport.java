package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.DemoProject;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/** Helpers of the plugin UI tests: the FX thread, the demo project, plugin jars built in the test. */
final class PluginUiTestSupport {
    static final String SHOTCUT = "dev.cutroom.example.shotcut";
    static final String THROWS = "org.example.test.throws";
    static final String TOO_NEW = "org.example.test.toonew";
    static final String INVERT = "org.example.test.invert";
    static final String SLOW = "org.example.test.slow";

    private PluginUiTestSupport() {}

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    /** The demo project, generated once per build folder into its own folder (tests copy the project file). */
    static synchronized Path demoProject() {
        Path file = TARGET.resolve("plugin-ui-demo").resolve(DemoProject.FILE_NAME);
        if (!Files.isRegularFile(file)) DemoProject.create(file.getParent());
        return file;
    }

    /** A copy of the demo project file beside its media. */
    static Path copyOfDemo(String name) throws IOException {
        Path demo = demoProject();
        Path copy = demo.resolveSibling(name + "-" + System.nanoTime() + ".cutroom");
        Files.copy(demo, copy);
        return copy;
    }

    static void startFx() throws Exception {
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier test
        }
        Platform.setImplicitExit(false);
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return dev.cutroom.app.ui.FxThread.onFx(action);
    }

    static void runFx(Runnable action) throws Exception {
        dev.cutroom.app.ui.FxThread.runFx(action);
    }

    static void waitFor(String what, long timeoutMs, BooleanSupplier condition) throws Exception {
        dev.cutroom.app.ui.FxThread.waitFor(what, timeoutMs, condition);
    }

    /**
     * A plugins folder with three jars: {@link #THROWS}, whose plugin throws after writing a partial output,
     * {@link #INVERT}, which makes an inverted copy of each clip as its new take, and
     * {@link #TOO_NEW}, which needs plugin API 1.9 and is refused.
     */
    static Path pluginsFolder(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        String throwing = """
                package org.example.test;
                import dev.cutroom.plugin.api.*;
                public final class Throws implements Plugin {
                    @Override public JobResult run(Job job, JobContext context) throws Exception {
                        context.progress(0.5, "half way");
                        java.nio.file.Files.writeString(context.newOutputFile("partial.txt"), "half");
                        throw new IllegalStateException("model output had the wrong shape");
                    }
                }
                """;
        jar(folder.resolve("throws.jar"), "org.example.test", "Throws", throwing,
                descriptor(THROWS, "1.0", "Always fails", "org.example.test.Throws"));
        String invert = """
                package org.example.test;
                import dev.cutroom.plugin.api.*;
                public final class Invert implements Plugin {
                    @Override public JobResult run(Job job, JobContext context) throws Exception {
                        var result = JobResult.builder();
                        for (ClipRef clip : ((Selection.Clips) job.selection()).clips()) {
                            var out = context.newOutputFile(clip.clipId() + "-inverted.mp4");
                            try (var frames = context.media().readVideo(clip, 96, 54);
                                 var writer = context.media().writeMedia(out, OutputFormat.video(frames.width(), frames.height(), frames.frameRate()))) {
                                for (RgbFrame f; (f = frames.next()) != null; ) {
                                    context.checkCancelled();
                                    byte[] rgb = f.rgb().clone();
                                    for (int i = 0; i < rgb.length; i++) rgb[i] = (byte) (255 - (rgb[i] & 0xff));
                                    writer.writeFrame(rgb);
                                    context.progress((f.index() + 1.0) / frames.frameCount(), "frame " + (f.index() + 1));
                                }
                                writer.finish();
                            }
                            result.newTake(clip.clipId(), out, "Inverted");
                        }
                        return result.note("level", String.valueOf(job.parameters().integer("level"))).summary("inverted").build();
                    }
                }
                """;
        jar(folder.resolve("invert.jar"), "org.example.test", "Invert", invert,
                descriptor(INVERT, "1.0", "Invert", "org.example.test.Invert"));
        String slow = """
                package org.example.test;
                import dev.cutroom.plugin.api.*;
                public final class Slow implements Plugin {
                    @Override public JobResult run(Job job, JobContext context) throws Exception {
                        java.nio.file.Files.writeString(context.newOutputFile("partial.txt"), "partial");
                        for (int i = 0; i < 600; i++) {
                            context.checkCancelled();
                            context.progress(i / 600.0, "step " + i);
                            Thread.sleep(50);
                        }
                        return JobResult.builder().build();
                    }
                }
                """;
        jar(folder.resolve("slow.jar"), "org.example.test", "Slow", slow,
                descriptor(SLOW, "1.0", "Slow", "org.example.test.Slow"));
        String fine = """
                package org.example.test;
                import dev.cutroom.plugin.api.*;
                public final class TooNew implements Plugin {
                    @Override public JobResult run(Job job, JobContext context) { return JobResult.builder().build(); }
                }
                """;
        jar(folder.resolve("toonew.jar"), "org.example.test", "TooNew", fine,
                descriptor(TOO_NEW, "1.9", "From the future", "org.example.test.TooNew"));
        return folder;
    }

    private static String descriptor(String id, String api, String name, String entryPoint) {
        return """
                {"schema": "CutroomPlugins.1", "plugins": [{"id": "%s", "version": "0.1.0", "apiVersion": "%s", "name": "%s",
                  "description": "a test plugin", "entryPoint": "%s", "accepts": ["VIDEO_CLIP", "MULTIPLE_CLIPS"],
                  "parameters": [{"id": "level", "label": "Level", "type": "INTEGER", "min": 1, "max": 5, "default": 3, "widget": "SLIDER"}]}]}
                """.formatted(id, api, name, entryPoint);
    }

    private static void jar(Path jar, String pkg, String name, String source, String descriptor) throws IOException {
        Path work = Files.createTempDirectory(jar.getParent().getParent(), "build");
        Path src = work.resolve(name + ".java");
        Files.writeString(src, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), src.toString());
        if (status != 0) throw new IllegalStateException("test plugin " + name + " did not compile");
        String classFile = pkg.replace('.', '/') + "/" + name + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, classFile, Files.readAllBytes(classes.resolve(classFile)));
            put(out, "META-INF/cutroom/plugin.json", descriptor.getBytes(StandardCharsets.UTF_8));
            put(out, "META-INF/services/dev.cutroom.plugin.api.Plugin", (pkg + "." + name).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
