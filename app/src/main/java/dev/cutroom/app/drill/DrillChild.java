package dev.cutroom.app.drill;

import dev.cutroom.app.cli.ProjectFiles;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.engine.render.Exporter;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Path;

/**
 * The process the kill drills kill. Prints {@code READY} when set up, then works and reports on stdout:
 * <ul>
 *   <li>{@code save FILE}: saves the two {@link DrillProjects#saveVersions() versions} over FILE in turns, forever
 *       ({@code SAVED n} after each);</li>
 *   <li>{@code export PROJECT TARGET FRAMES}: exports the first FRAMES frames at LOW quality ({@code DONE});</li>
 *   <li>{@code autosave FILE K}: edits the project in FILE (one marker per edit), autosaving every K edits, forever;
 *       {@code EDIT n} once edit n is applied and, when due, autosaved.</li>
 *   <li>{@code cli ARGS...}: runs the command line ({@code cutroom ARGS...}) and exits with its exit code, so a drill
 *       can run real commands side by side in separate processes.</li>
 * </ul>
 */
public final class DrillChild {
    private DrillChild() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "save" -> save(Path.of(args[1]));
            case "export" -> export(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "autosave" -> autosave(Path.of(args[1]), Integer.parseInt(args[2]));
            case "cli" -> System.exit(dev.cutroom.app.cli.CutroomCommand.commandLine().execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void save(Path file) throws Exception {
        Project[] versions = DrillProjects.saveVersions();
        ProjectStore store = new ProjectStore();
        say("READY");
        for (long n = 1; ; n++) {
            store.save(versions[(int) (n % 2)], file);
            say("SAVED " + n);
        }
    }

    private static void export(Path projectFile, Path target, int frames) {
        ProjectFiles.Opened opened = ProjectFiles.load(projectFile);
        ExportSettings settings = ExportSettings.defaults().withQuality(ExportSettings.Quality.LOW).withRange(new FrameRange(0, frames));
        say("READY");
        new Exporter(opened.resolver()).export(opened.project(), target, settings, null, null);
        say("DONE");
    }

    private static void autosave(Path file, int every) throws Exception {
        ProjectStore store = new ProjectStore();
        LoadedProject loaded = store.load(file);
        Project project = loaded.project();
        say("READY");
        for (int n = 1; ; n++) {
            project = DrillProjects.addMarker(project, n);
            if (n % every == 0) store.autosave(project, loaded.extras(), file);
            say("EDIT " + n);
            Thread.sleep(1);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
