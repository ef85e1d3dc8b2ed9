package dev.cutroom.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/**
 * A stand-in for the instruct plugin, compiled into a jar for a plugins folder: it declares {@code planOnly} and
 * {@code plan}, reports a fixed one-step plan (with a problem when the instruction says "pop") in a plan-only
 * job, and otherwise halves the clip's speed (an API 1.1 Retime). The CLI tests thus never depend on the real
 * parser's output.
 */
final class PlannerPluginJar {
    static final String ID = "org.example.planner";
    static final String PLAN = "{\"schema\":\"InstructPlan.1\",\"steps\":[{\"op\":\"speed\",\"params\":{\"factor\":0.5,\"smooth\":false}}]}";

    private static final String SOURCE = """
            package org.example.planner;
            import dev.cutroom.plugin.api.*;
            public final class Planner implements Plugin {
                @Override public JobResult run(Job job, JobContext context) {
                    ClipRef clip = ((Selection.Clips) job.selection()).clips().getFirst();
                    if (job.parameters().bool("planOnly")) {
                        String problems = job.instruction().contains("pop")
                                ? "[{\\"text\\":\\"make it pop\\",\\"closest\\":[\\"Saturation\\",\\"Contrast\\"]}]" : "[]";
                        return JobResult.builder().note("plan", %s).note("problems", problems).summary("Plan: speed").build();
                    }
                    JobResult.Builder applied = JobResult.builder().retime(clip.clipId(), 0.5).summary("slowed down");
                    if (job.instruction().contains("pop")) applied.note("problems", "[{\\"text\\":\\"make it pop\\",\\"closest\\":[\\"Saturation\\"]}]");
                    return applied.build();
                }
            }
            """;

    private static final String DESCRIPTOR = """
            {"schema": "CutroomPlugins.1", "plugins": [{"id": "%s", "version": "1.0.0", "apiVersion": "1.1", "name": "Planner",
              "entryPoint": "org.example.planner.Planner", "accepts": ["VIDEO_CLIP", "AUDIO_CLIP"], "takesInstruction": true,
              "parameters": [
                {"id": "planOnly", "label": "Only show the plan", "type": "BOOLEAN", "default": false},
                {"id": "plan", "label": "Plan", "type": "TEXT", "default": ""}]}]}
            """.formatted(ID);

    private PlannerPluginJar() {}

    /** Writes {@code planner.jar} into {@code folder} and returns the folder. */
    static Path into(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory(folder.getParent(), "planner-build");
        Path src = work.resolve("Planner.java");
        Files.writeString(src, SOURCE.formatted(javaString(PLAN)));
        Path classes = Files.createDirectories(work.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), src.toString());
        if (status != 0) throw new IllegalStateException("the planner test plugin did not compile");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(folder.resolve("planner.jar")))) {
            put(out, "org/example/planner/Planner.class", Files.readAllBytes(classes.resolve("org/example/planner/Planner.class")));
            put(out, "META-INF/cutroom/plugin.json", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
            put(out, "META-INF/services/dev.cutroom.plugin.api.Plugin", "org.example.planner.Planner".getBytes(StandardCharsets.UTF_8));
        }
        return folder;
    }

    private static String javaString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
