package dev.cutroom.app.cli;

import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioExporter;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code cutroom otio import|export}: OpenTimelineIO timelines in and out. */
@Command(name = "otio", mixinStandardHelpOptions = true, description = "Import and export OpenTimelineIO (.otio) timelines.",
        subcommands = {OtioCommand.Import.class, OtioCommand.Export.class})
final class OtioCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Make a project from an .otio file, print what could not be mapped, and probe the media it can reach.",
                    "Media outside the project's folder (or the .otio file's) is not linked unless --allow-outside is given."})
    static final class Import implements Runnable {
        @Parameters(index = "0", paramLabel = "FILE.otio")
        Path input;

        @Mixin
        TimelineImportTarget to;

        @Override
        public void run() {
            Path target = to.target();
            OtioImporter.Result result;
            try {
                result = new OtioImporter(to.options(target)).read(input);
            } catch (OtioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            to.finish(input, target, result);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a project's timeline as an .otio file (takes, provenance and other Cutroom data under metadata.cutroom).")
    static final class Export implements Runnable {
        @Parameters(index = "0", paramLabel = "P.cutroom")
        Path project;

        @Mixin
        TimelineExportTarget to;

        @Override
        public void run() {
            ProjectFiles.Opened opened = ProjectFiles.load(project);
            Path target = to.target(opened);
            try {
                OtioExporter.save(opened.project(), opened.extras(), target);
            } catch (OtioException e) {
                throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
            }
            Project p = opened.project();
            System.out.printf("Exported %s to %s: %d track(s), %d clip(s), %d frames at %s fps%n", opened.file(), target,
                    p.timeline().tracks().size(), p.timeline().tracks().stream().mapToInt(t -> t.clips().size()).sum(),
                    p.timeline().duration(), p.timeline().rate());
        }
    }

    /**
     * Probes the media of an imported timeline (unless {@code noProbe}), saves it as {@code target} and prints what it
     * holds and the import report: shared by {@code otio}, {@code edl} and {@code fcpxml} import.
     */
    static void finish(Path input, Path target, OtioImporter.Result result, boolean noProbe, boolean allowOutside) {
        Project project = result.project();
        if (!allowOutside) project = ImportedMediaProbe.withOutsideMediaOffline(project, target);
        List<String> probeNotes = new ArrayList<>();
        if (!noProbe) project = ImportedMediaProbe.probe(project, target.getParent(), probeNotes);
        ProjectFiles.saveNew(project, result.extras(), target, "cutroom " + command(input) + " import");
        int clips = project.timeline().tracks().stream().mapToInt(t -> t.clips().size()).sum();
        System.out.printf("Imported %s into %s: %d track(s), %d clip(s), %d marker(s), %d frames at %s fps%n", input, target,
                project.timeline().tracks().size(), clips, project.timeline().markers().size(), project.timeline().duration(),
                project.timeline().rate());
        ImportReport report = result.report();
        report.text().lines().map(TerminalText::safe).forEach(System.out::println); // names from the file, escaped
        for (String note : probeNotes) System.out.println(note);
        long offline = project.media().stream().filter(m -> !m.isUsable()).count();
        if (offline > 0) System.out.printf("%d media item(s) offline (see the report above)%n", offline);
    }

    private static String command(Path input) {
        String n = input.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".edl") ? "edl" : n.endsWith(".fcpxml") || n.endsWith(".xml") ? "fcpxml" : "otio";
    }

}
