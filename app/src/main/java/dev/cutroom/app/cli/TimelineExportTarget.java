package dev.cutroom.app.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a timeline export (otio, edl, fcpxml) writes: an existing file is replaced only with --force, and never
 * one the project uses (the project file, its side files, its media), even with it.
 */
final class TimelineExportTarget {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--force", description = "Replace an existing file (never one the project uses).")
    boolean force;

    /** The file to write for {@code opened}, after both checks. */
    Path target(ProjectFiles.Opened opened) {
        Path target = output.toAbsolutePath();
        if (Files.exists(target) && !force) throw new IllegalArgumentException(target + " exists; pass --force to replace it");
        opened.requireNotUsedBy(target, "The export");
        return target;
    }
}
