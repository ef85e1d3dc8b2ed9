package dev.cutroom.app.cli;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code cutroom project new|info}. */
@Command(name = "project", mixinStandardHelpOptions = true, description = "Create or inspect project files.",
        subcommands = {ProjectCommand.New.class, ProjectCommand.Info.class})
final class ProjectCommand {

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Create a project with the media placed one after another on V1 (video) and A1 (audio).")
    static final class New implements Runnable {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "P.cutroom", description = "The project file to create.")
        Path output;

        @Option(names = "--rate", paramLabel = "FPS", description = "Timeline frame rate, e.g. 25 or 30000/1001 (default: the first video's).")
        String rate;

        @Option(names = "--size", paramLabel = "WxH", description = "Timeline size (default: the first video's).")
        String size;

        @Option(names = "--force", description = "Replace an existing project file (its previous version is kept as .bak).")
        boolean force;

        @Parameters(arity = "1..*", paramLabel = "MEDIA", description = "Video or audio files, in timeline order.")
        List<Path> media;

        @Override
        public void run() {
            Path target = output.toAbsolutePath();
            if (Files.exists(target) && !force) {
                throw new IllegalArgumentException(target + " exists; pass --force to replace it");
            }
            MediaResolver resolver = new MediaResolver(target.getParent());
            Ids ids = Ids.random();
            List<MediaItem> items = new ArrayList<>();
            int failed = 0;
            for (Path file : media) {
                if (ProjectFiles.real(file).equals(ProjectFiles.real(target))) {
                    throw new IllegalArgumentException(target + " is one of the media; the project file needs another name (--force does not allow this)");
                }
            }
            for (Path file : media) {
                String id = ids.next("media");
                String stored = resolver.toStoredPath(file.toAbsolutePath());
                try {
                    items.add(MediaItem.probed(id, stored, MediaProbe.probe(file)));
                } catch (MediaException e) {
                    failed++;
                    System.err.println("cutroom: warning: " + e.getMessage() + " (kept in the bin, not placed)");
                    items.add(MediaItem.failed(id, stored, e.getMessage()));
                }
            }
            if (failed == items.size()) throw new IllegalArgumentException("none of the media could be read");
            ProjectFormat format = ProjectFormat.fromMedia(items, ProjectFormat.HD_25);
            if (rate != null) format = new ProjectFormat(FrameRate.parse(rate), format.width(), format.height(), format.sampleRate(), format.channels());
            if (size != null) {
                int[] wh = Sizes.parse(size);
                format = new ProjectFormat(format.rate(), wh[0], wh[1], format.sampleRate(), format.channels());
            }
            String name = target.getFileName().toString().replaceFirst("\\.cutroom$", "");
            Project project = new ProjectFactory(ids).fromMedia(name, items, format);
            ProjectFiles.save(project, target, "cutroom project new");
            System.out.printf("Created %s: %d clip(s), %d frames at %s fps%n", target,
                    project.timeline().tracks().stream().mapToInt(t -> t.clips().size()).sum(),
                    project.timeline().duration(), project.timeline().rate());
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Print tracks and clips: ids, timeline start and duration, source range, active take, takes.")
    static final class Info implements Runnable {
        @Parameters(index = "0", paramLabel = "P.cutroom")
        Path project;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        public void run() {
            Project loaded = ProjectFiles.load(project).project();
            if (json) ProjectReport.printJson(loaded, System.out);
            else ProjectReport.printText(loaded, System.out);
        }
    }
}
