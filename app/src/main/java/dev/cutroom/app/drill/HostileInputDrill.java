package dev.cutroom.app.drill;

import dev.cutroom.app.DemoProject;
import dev.cutroom.app.cli.CutroomCommand;
import dev.cutroom.app.cli.ProjectFiles;
import dev.cutroom.app.drill.plugins.FailingPlugins;
import dev.cutroom.app.drill.plugins.ThrowingPlugin;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectStore;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Hostile input. A project file whose media path is {@code ../../etc/passwd}, {@code /etc/shadow}, {@code file:/../..}
 * text, or a symbolic link inside the project folder that leads to {@code /etc/passwd} or to footage elsewhere (and
 * other ways out of the project folder) must not be read silently: {@link ProjectFiles.Opened#outsideMedia()} reports it and
 * {@code cutroom render} refuses it (exit 1, a message naming it, no output file) unless {@code --allow-outside}.
 * A plugin jar with an entry that escapes its folder ({@code ../evil}, {@code /evil}, {@code a/../../evil},
 * {@code ..\evil}) must be refused by discovery with a reason naming the entry, while a clean jar beside it loads.
 */
final class HostileInputDrill implements Drill {
    /** Symbolic links planted in the project folder: to {@code /etc/passwd}, and to footage outside the folder. */
    static final String LINK_TO_SYSTEM_FILE = "passwd-link.mp4";
    static final String LINK_TO_ELSEWHERE = "elsewhere-link.mp4";
    static final List<String> HOSTILE_MEDIA = List.of("../../etc/passwd", "/etc/shadow", "../../../../../../etc/hosts",
            "footage/../../../etc/passwd", "/proc/self/environ", "file:/../../../../../../../../etc/passwd",
            LINK_TO_SYSTEM_FILE, LINK_TO_ELSEWHERE);
    static final List<String> HOSTILE_ENTRIES = List.of("../evil", "/evil", "a/../../evil", "..\\evil", "META-INF/../../evil.sh");

    @Override public String name() { return "hostile-input"; }

    @Override public String description() { return "projects pointing at ../../etc/passwd, /etc/shadow, file:/../ or links out of the folder; plugin jars with ../ entries"; }

    @Override public int defaultTrials() { return HOSTILE_MEDIA.size() + HOSTILE_ENTRIES.size(); }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path demoFile = DemoProject.create(work.resolve("demo"));
        String demoJson = Files.readString(demoFile);
        LoadedProject demo = new ProjectStore().load(demoFile);
        String firstPath = demo.project().media().getFirst().path();
        plantLinks(demoFile.getParent(), work);
        int cases = HOSTILE_MEDIA.size() + HOSTILE_ENTRIES.size();
        for (int t = 0; t < trials; t++) {
            int c = t % cases;
            if (c < HOSTILE_MEDIA.size()) {
                tally.record(hostileProject(work, t, demoJson, firstPath, HOSTILE_MEDIA.get(c), tally));
            } else {
                tally.record(hostileJar(work, t, HOSTILE_ENTRIES.get(c - HOSTILE_MEDIA.size()), tally));
            }
        }
        return tally.result();
    }

    /** A copy of the demo project (beside its media) whose first media item points at {@code hostile}. */
    static String hostileProject(Path work, int t, String demoJson, String firstPath, String hostile, DrillResult.Tally tally) throws Exception {
        Path file = work.resolve("demo").resolve("hostile-" + t + ".cutroom");
        String json = demoJson.replace("\"" + firstPath + "\"", "\"" + hostile + "\"");
        if (json.equals(demoJson)) return "could not plant the hostile path";
        Files.writeString(file, json, StandardCharsets.UTF_8);
        // what the layers below do: the store loads the path as written, the resolver follows it
        LoadedProject loaded = new ProjectStore().load(file);
        Path followed = new MediaResolver(file.getParent()).resolve(loaded.project().media().getFirst());
        tally.outcome("ProjectStore.load keeps \"" + hostile + "\"; MediaResolver resolves it to " + followed);
        List<String> outside = ProjectFiles.load(file).outsideMedia();
        if (outside.stream().noneMatch(s -> s.contains(hostile))) return hostile + ": not reported as outside the project folder: " + outside;
        Path out = work.resolve("out-" + t + ".mp4");
        StringWriter err = new StringWriter();
        CommandLine cli = CutroomCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("render", file.toString(), "-o", out.toString(), "--to", "5", "--quality", "LOW");
        if (code != 1) return hostile + ": render exited " + code + ", expected a refusal (1)";
        if (!err.toString().contains("outside its folder") || !err.toString().contains(hostile)) return hostile + ": render's error does not name the media: " + err.toString().strip();
        if (Files.exists(out)) return hostile + ": render wrote a file";
        return null;
    }

    /** A link inside the project folder looks harmless as text; the guard judges where it leads. */
    static void plantLinks(Path folder, Path work) throws Exception {
        Path elsewhere = Files.writeString(Files.createDirectories(work.resolve("elsewhere")).resolve("footage.mp4"), "footage elsewhere");
        Files.deleteIfExists(folder.resolve(LINK_TO_SYSTEM_FILE));
        Files.deleteIfExists(folder.resolve(LINK_TO_ELSEWHERE));
        Files.createSymbolicLink(folder.resolve(LINK_TO_SYSTEM_FILE), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve(LINK_TO_ELSEWHERE), elsewhere);
    }

    static String hostileJar(Path work, int t, String entry, DrillResult.Tally tally) throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins-" + t));
        PluginJar.write(folder.resolve("a-hostile.jar"), Map.of("drill.hostile", ThrowingPlugin.class), Map.of(entry, "#!/bin/sh\necho owned\n".getBytes(StandardCharsets.UTF_8)));
        PluginJar.write(folder.resolve("b-clean.jar"), Map.of("drill.clean", FailingPlugins.ALL.get("drill.throws")), Map.of());
        PluginRegistry registry = PluginRegistry.discover(folder);
        PluginEntry hostile = registry.list().stream().filter(e -> e.origin().toString().contains("a-hostile.jar") || e.id().contains("a-hostile")).findFirst().orElse(null);
        if (hostile == null) return entry + ": the hostile jar is not listed at all (no reason given)";
        if (hostile.isLoadable()) return entry + ": the hostile jar's plugin is loadable";
        String reason = hostile.refusalReason().orElse("");
        if (!reason.contains(entry)) return entry + ": refused without naming the entry: " + reason;
        tally.outcome("plugin jar with entry \"" + entry + "\": " + reason);
        if (registry.find("drill.clean").filter(PluginEntry::isLoadable).isEmpty()) return entry + ": the clean jar beside it was not loaded";
        if (Files.exists(folder.getParent().resolve("evil")) || Files.exists(Path.of("/evil"))) return entry + ": something was written outside the folder";
        return null;
    }
}
