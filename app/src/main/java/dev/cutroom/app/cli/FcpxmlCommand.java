package dev.cutroom.app.cli;

import dev.cutroom.fcpxml.FcpxmlExporter;
import dev.cutroom.fcpxml.FcpxmlImporter;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.model.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code cutroom fcpxml import|export}: Final Cut Pro XML (the common subset) in and out. */
@Command(name = "fcpxml", mixinStandardHelpOptions = true, description = "Import and export FCPXML (.fcpxml) timelines: the common subset.",
        subcommands = {FcpxmlCommand.Import.class, FcpxmlCommand.Export.class})
final class FcpxmlCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Make a project from the first project's sequence of an .fcpxml file and print what could not be mapped.")
    static final class Import implements Runnable {
        @Parameters(index = "0", paramLabel = "FILE.fcpxml")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "P.cutroom", description = "The project file to create.")
        Path output;

        @Option(names = "--allow-outside", description = "Link media outside the project folder without asking.")
        boolean allowOutside;

        @Option(names = "--no-probe", description = "Do not open the media.")
        boolean noProbe;

        @Option(names = "--force", description = "Replace an existing project file (its previous version is kept as .bak).")
        boolean force;

        @Override
        public void run() {
            Path target = output.toAbsolutePath();
            if (Files.exists(target) && !force) throw new IllegalArgumentException(target + " exists; pass --force to replace it");
            OtioImporter.Result result;
            try {
                result = new FcpxmlImporter(new OtioImporter.Options(target.getParent(), allowOutside, Ids.random())).read(input);
            } catch (OtioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            OtioCommand.finish(input, target, result, noProbe, allowOutside);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a project's timeline as FCPXML 1.10: the first video track as the primary storyline, other tracks as connected clips.")
    static final class Export implements Runnable {
        @Parameters(index = "0", paramLabel = "P.cutroom")
        Path project;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.fcpxml", description = "The file to write.")
        Path output;

        @Option(names = "--force", description = "Replace an existing file.")
        boolean force;

        @Override
        public void run() {
            Path target = output.toAbsolutePath();
            if (Files.exists(target) && !force) throw new IllegalArgumentException(target + " exists; pass --force to replace it");
            ProjectFiles.Opened opened = ProjectFiles.load(project);
            FcpxmlExporter.Written w;
            try {
                w = FcpxmlExporter.save(opened.project(), opened.extras(), target);
            } catch (OtioException e) {
                throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
            }
            System.out.printf("Exported %s to %s: %d clip(s) at %s fps%n", opened.file(), target, w.clips(), opened.project().timeline().rate());
            w.report().text().lines().map(TerminalText::safe).forEach(System.out::println);
        }
    }
}
