package dev.cutroom.app.cli;

import dev.cutroom.fcpxml.FcpxmlExporter;
import dev.cutroom.fcpxml.FcpxmlImporter;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
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

        @Mixin
        TimelineImportTarget to;


        @Override
        public void run() {
            Path target = to.target();
            OtioImporter.Result result;
            try {
                result = new FcpxmlImporter(to.options(target)).read(input);
            } catch (OtioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            to.finish(input, target, result);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a project's timeline as FCPXML 1.10: the first video track as the primary storyline, other tracks as connected clips.")
    static final class Export implements Runnable {
        @Parameters(index = "0", paramLabel = "P.cutroom")
        Path project;

        @Mixin
        TimelineExportTarget to;

        @Override
        public void run() {
            ProjectFiles.Opened opened = ProjectFiles.load(project);
            Path target = to.target(opened);
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
