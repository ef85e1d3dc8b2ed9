package dev.cutroom.app.cli;

import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.model.Ids;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The options every timeline import shares (otio, edl, fcpxml): the project to create and how to treat its media. */
final class TimelineImportTarget {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "P.cutroom", description = "The project file to create.")
    Path output;

    @Option(names = "--allow-outside", description = "Link media outside the project folder (e.g. ../../ or absolute paths) without asking.")
    boolean allowOutside;

    @Option(names = "--no-probe", description = "Do not open the media; keep what the file says about it.")
    boolean noProbe;

    @Option(names = "--force", description = "Replace an existing project file (its previous version is kept as .bak).")
    boolean force;

    /** The project file to write; refused when it exists and --force was not given. */
    Path target() {
        Path target = output.toAbsolutePath();
        if (Files.exists(target) && !force) throw new IllegalArgumentException(target + " exists; pass --force to replace it");
        return target;
    }

    /** The importer's options for {@code target}. */
    OtioImporter.Options options(Path target) {
        return new OtioImporter.Options(target.getParent(), allowOutside, Ids.random());
    }

    /** Probes, saves and reports the imported timeline (see {@link OtioCommand#finish}). */
    void finish(Path input, Path target, OtioImporter.Result result) {
        OtioCommand.finish(input, target, result, noProbe, allowOutside);
    }
}
