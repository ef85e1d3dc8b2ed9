package dev.cutroom.app.cli;

import dev.cutroom.edl.EdlExporter;
import dev.cutroom.edl.EdlImporter;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.model.FrameRate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code cutroom edl import|export}: CMX 3600 edit decision lists in and out. */
@Command(name = "edl", mixinStandardHelpOptions = true, description = "Import and export CMX 3600 edit decision lists (.edl).",
        subcommands = {EdlCommand.Import.class, EdlCommand.Export.class})
final class EdlCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Make a project from a CMX 3600 list and print what could not be mapped.",
                    "The list does not state its frame rate: give --rate, or it is guessed from the timecodes (and reported)."})
    static final class Import implements Runnable {
        @Parameters(index = "0", paramLabel = "FILE.edl")
        Path input;

        @Mixin
        TimelineImportTarget to;

        @Option(names = "--rate", paramLabel = "FPS", description = "The list's frame rate: 23.976, 24, 25, 29.97, 30, 50, 59.94, 60 or num/den.")
        String rate;


        @Override
        public void run() {
            Path target = to.target();
            OtioImporter.Result result;
            try {
                result = new EdlImporter(to.options(target), rate == null ? null : parseRate(rate)).read(input);
            } catch (OtioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            to.finish(input, target, result);
        }
    }

    /** 23.976 → 24000/1001, 29.97 → 30000/1001, 59.94 → 60000/1001; whole numbers and num/den as given. */
    static FrameRate parseRate(String text) {
        return switch (text.trim()) {
            case "23.976", "23.98" -> FrameRate.FPS_23_976;
            case "29.97" -> FrameRate.FPS_29_97;
            case "59.94" -> new FrameRate(60000, 1001);
            default -> {
                try {
                    yield FrameRate.parse(text.trim());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("--rate: expected a frame rate such as 25, 29.97 or 30000/1001, got '" + text + "'");
                }
            }
        };
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a project's timeline as a CMX 3600 list (first video track and up to four audio tracks) and print what it could not write.")
    static final class Export implements Runnable {
        @Parameters(index = "0", paramLabel = "P.cutroom")
        Path project;

        @Mixin
        TimelineExportTarget to;

        @Option(names = "--ndf", description = "Non-drop-frame timecode at 29.97 and 59.94 (drop frame by default).")
        boolean nonDrop;


        @Override
        public void run() {
            ProjectFiles.Opened opened = ProjectFiles.load(project);
            Path target = to.target(opened);
            EdlExporter.Written w;
            try {
                w = EdlExporter.save(opened.project(), opened.extras(), target, !nonDrop);
            } catch (OtioException e) {
                throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
            }
            System.out.printf("Exported %s to %s: %d event(s) at %s fps%n", opened.file(), target, w.events(), opened.project().timeline().rate());
            w.report().text().lines().map(TerminalText::safe).forEach(System.out::println);
        }
    }
}
